using System.Text.Json;
using Polity.Engine.Serialization;

namespace Polity.Server.Hosting;

/// <summary>JSON in the log's style (camelCase, addresses as strings), with exact fractions.</summary>
public static class ServerJson
{
    /// <summary>The options, also applied to the HTTP APIs.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Adds the log's converters to <paramref name="options"/>.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        foreach (var converter in EventCodec.SerializerOptions.Converters)
        {
            options.Converters.Add(converter);
        }
        options.Converters.Add(new FractionJsonConverter());
        return options;
    }
}
