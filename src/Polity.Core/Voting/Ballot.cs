namespace Polity.Core.Voting;

/// <summary>
/// What a voter cast: option names, and for methods that take numbers (score, star, quadratic, weighted,
/// conviction) one whole number per named option, in the same order. Ranked methods read
/// <see cref="Choices"/> as a preference order, most preferred first.
/// </summary>
/// <param name="Choices">Option names.</param>
/// <param name="Amounts">Points, votes or shares per choice, aligned with <paramref name="Choices"/>; null for methods without numbers.</param>
public sealed record Ballot(IReadOnlyList<string> Choices, IReadOnlyList<long>? Amounts = null)
{
    /// <summary>True when this ballot is only <c>abstain</c>.</summary>
    public bool IsAbstention => Choices is [Events.ProposalOption.Abstain];

    /// <summary>The ballot as the CLI writes it: <c>a, b</c> or <c>a=3, b=1</c>.</summary>
    public override string ToString() => Amounts is null
        ? string.Join(", ", Choices)
        : string.Join(", ", Choices.Select((c, i) => i < Amounts.Count ? $"{c}={Amounts[i]}" : c));
}
