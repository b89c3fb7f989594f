using Polity.Core.Primitives;

namespace Polity.Core.Voting.Ranked;

/// <summary>A ranked count's working, as shown under a house's tally: one line per round.</summary>
/// <param name="Outcome">The count.</param>
public sealed record RankedDetail(RankedOutcome Outcome) : ITallyDetail
{
    /// <summary>Every round.</summary>
    public IReadOnlyList<RankedCountRound> Rounds => Outcome.Rounds;

    /// <summary>Winners in the order they were elected.</summary>
    public IReadOnlyList<string> Elected => Outcome.Winners;

    /// <inheritdoc />
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>();
        foreach (var round in Outcome.Rounds)
        {
            var tally = string.Join(", ", round.Tally.Select(kv => $"{kv.Key} {Show(kv.Value)}"));
            var exhausted = round.Inactive.Values.Aggregate(Fraction.Zero, (a, v) => a + v);
            var quota = $"{(round.QuotaReachedAtEquality ? "quota" : "quota >")} {Show(round.Quota)}";
            var decided = string.Join("; ", new[]
            {
                round.Elected.Count > 0 ? "elected " + string.Join(", ", round.Elected) : null,
                round.Eliminated.Count > 0 ? "eliminated " + string.Join(", ", round.Eliminated) : null,
                round.TieBroken ? "by tie-break" : null,
            }.Where(s => s is not null));
            lines.Add($"round {round.Number}: {tally}; exhausted {Show(exhausted)}; {quota}{(decided.Length > 0 ? " → " + decided : "")}");
        }
        return lines;
    }

    /// <summary>Whole numbers as they are, fractions to four decimals (the exact value is in --json).</summary>
    private static string Show(Fraction value) =>
        value.IsWhole ? value.ToString() : value.ToDouble().ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
