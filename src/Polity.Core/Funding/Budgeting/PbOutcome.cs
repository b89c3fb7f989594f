namespace Polity.Core.Funding.Budgeting;

/// <summary>What a rule selected: project ids in the order the rule picked them, and the total spent.</summary>
public sealed record PbOutcome(IReadOnlyList<string> Selected, long Spent)
{
    /// <summary>The outcome for <paramref name="selected"/> projects of <paramref name="instance"/>.</summary>
    public static PbOutcome Of(PbInstance instance, IReadOnlyList<string> selected)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(selected);
        return new PbOutcome(selected, selected.Sum(id => instance.Project(id).Cost));
    }
}
