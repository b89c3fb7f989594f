using System.Text.Json;

namespace Polity.Engine.Tests.Tabulation;

/// <summary>Deep JSON comparison as RCTab's tests do it: same keys, same list order, equal scalars; generatedBy / GeneratedDate ignored.</summary>
internal static class JsonDiff
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "generatedBy", "GeneratedDate" };

    public static string? First(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.GetRawText()} got {actual.GetRawText()}";
        }
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var e = expected.EnumerateObject().Where(p => !Ignored.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value);
                var a = actual.EnumerateObject().Where(p => !Ignored.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value);
                foreach (var key in e.Keys.Union(a.Keys).Order(StringComparer.Ordinal))
                {
                    if (!e.TryGetValue(key, out var ev))
                    {
                        return $"{path}.{key}: unexpected {a[key].GetRawText()}";
                    }
                    if (!a.TryGetValue(key, out var av))
                    {
                        return $"{path}.{key}: missing, expected {ev.GetRawText()}";
                    }
                    if (First(ev, av, $"{path}.{key}") is { } d)
                    {
                        return d;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var el = expected.EnumerateArray().ToList();
                var al = actual.EnumerateArray().ToList();
                for (var i = 0; i < Math.Min(el.Count, al.Count); i++)
                {
                    if (First(el[i], al[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }
                return el.Count == al.Count ? null : $"{path}: expected {el.Count} items, got {al.Count}";
            default:
                return expected.GetRawText() == actual.GetRawText() ? null : $"{path}: expected {expected.GetRawText()} got {actual.GetRawText()}";
        }
    }
}
