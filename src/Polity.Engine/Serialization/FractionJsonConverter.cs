using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Polity.Core.Primitives;

namespace Polity.Engine.Serialization;

/// <summary>
/// Writes an exact fraction as a JSON number when it is whole (weights, most tallies) and as the string
/// <c>"n/d"</c> when it is not (delegated parts, weighted splits), so no value is ever rounded.
/// </summary>
public sealed class FractionJsonConverter : JsonConverter<Fraction>
{
    /// <inheritdoc />
    public override Fraction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetInt64();
        }
        var text = reader.GetString() ?? throw new JsonException("expected a fraction");
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? Fraction.Whole(BigInteger.Parse(text, CultureInfo.InvariantCulture))
            : new Fraction(BigInteger.Parse(text[..slash], CultureInfo.InvariantCulture), BigInteger.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Fraction value, JsonSerializerOptions options)
    {
        if (value.IsWhole && value.Numerator >= long.MinValue && value.Numerator <= long.MaxValue)
        {
            writer.WriteNumberValue((long)value.Numerator);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
