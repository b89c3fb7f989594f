using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Voting;
using Polity.Engine.Charters;

namespace Polity.Engine.Serialization;

/// <summary>
/// Maps domain events to the JSON payloads the log signs and stores, and back. Strict both ways: unknown
/// or missing keys are errors, and every whole number must fit a JSON number exactly (at most 2^53 − 1).
/// </summary>
public static class EventCodec
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The options used for payloads, also for other JSON the engine writes in the log's style.</summary>
    public static JsonSerializerOptions SerializerOptions => Options;

    /// <summary>The wire name and payload of an event.</summary>
    /// <exception cref="EventFormatException">When a number does not fit the log exactly.</exception>
    public static (string Type, JsonObject Payload) Encode(PolityEvent e)
    {
        var payload = JsonSerializer.SerializeToNode(e, e.GetType(), Options)!.AsObject();
        CheckNumbers(payload);
        return (EventNames.Of(e), payload);
    }

    /// <summary>The event a wire name and payload describe.</summary>
    /// <exception cref="EventFormatException">Unknown type, or a payload that does not match its shape.</exception>
    public static PolityEvent Decode(string type, JsonObject payload)
    {
        var clr = EventNames.TypeOf(type) ?? throw new EventFormatException($"unknown event type '{type}'");
        try
        {
            return (PolityEvent)(payload.Deserialize(clr, Options) ?? throw new EventFormatException($"{type}: empty payload"));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new EventFormatException($"{type}: {ex.Message}", ex);
        }
    }

    private static void CheckNumbers(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    CheckNumbers(child);
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    CheckNumbers(child);
                }
                break;
            case JsonValue v when v.TryGetValue<long>(out var n) && (n > Money.MaxMinorUnits || n < -Money.MaxMinorUnits):
                throw new EventFormatException($"{n} is too large for the log: whole numbers must stay within ±{Money.MaxMinorUnits}");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            // Canonical JSON sorts keys, so an action's "kind" discriminator is rarely first.
            AllowOutOfOrderMetadataProperties = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyRecordedProperties, ShapeActions } },
        };
        options.Converters.Add(new AddressConverter());
        options.Converters.Add(new CharterVersionConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Payloads carry what the author stated, never what can be derived from it: get-only (computed)
    /// properties such as <c>ProposalOption.IsReserved</c> stay out of the signed bytes. An optional
    /// property left unset (a ballot without amounts) is omitted, so adding one never changes the bytes of
    /// events that do not use it.
    /// </summary>
    private static void OnlyRecordedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace?.StartsWith("Polity.Core", StringComparison.Ordinal) != true)
        {
            return;
        }
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null)
            {
                info.Properties.RemoveAt(i);
            }
            else if (property.AssociatedParameter is { HasDefaultValue: true, DefaultValue: null })
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }

    /// <summary>Actions travel as <c>{"kind": "transfer", …}</c>.</summary>
    private static void ShapeActions(JsonTypeInfo info)
    {
        if (!typeof(ProposalAction).IsAssignableFrom(info.Type))
        {
            return;
        }
        if (info.Type == typeof(ProposalAction))
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "kind",
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(ProposalAction.Signal), "signal"),
                    new JsonDerivedType(typeof(ProposalAction.Transfer), "transfer"),
                    new JsonDerivedType(typeof(ProposalAction.AddMember), "add-member"),
                    new JsonDerivedType(typeof(ProposalAction.RemoveMember), "remove-member"),
                    new JsonDerivedType(typeof(ProposalAction.AmendCharter), "amend-charter"),
                    new JsonDerivedType(typeof(ProposalAction.AllocateBudget), "allocate-budget"),
                    new JsonDerivedType(typeof(ProposalAction.AwardGrant), "award-grant"),
                    new JsonDerivedType(typeof(ProposalAction.OpenRound), "open-round"),
                    new JsonDerivedType(typeof(ProposalAction.ChainBatch), "chain-batch"),
                    new JsonDerivedType(typeof(ProposalAction.ReturnFunds), "return-funds"),
                    new JsonDerivedType(typeof(ProposalAction.CancelGrant), "cancel-grant"),
                },
            };
        }
    }

    private sealed class AddressConverter : JsonConverter<Address>
    {
        public override Address Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Address.TryParse(reader.GetString(), out var a) ? a : throw new JsonException($"'{reader.GetString()}' is not an address");

        public override void Write(Utf8JsonWriter writer, Address value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    /// <summary>A charter version travels as its source text; reading it parses and validates the charter.</summary>
    private sealed class CharterVersionConverter : JsonConverter<CharterVersion>
    {
        public override CharterVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var source = reader.GetString() ?? throw new JsonException("a charter must be its source text");
            return CharterLoader.Load(source, "charter", VotingMethods.Names) switch
            {
                CharterLoadResult.Loaded loaded => new CharterVersion(source, loaded.Charter),
                CharterLoadResult.Invalid invalid => throw new JsonException($"invalid charter: {invalid.Errors[0]}"),
                _ => throw new JsonException("invalid charter"),
            };
        }

        public override void Write(Utf8JsonWriter writer, CharterVersion value, JsonSerializerOptions options) => writer.WriteStringValue(value.Source);
    }
}
