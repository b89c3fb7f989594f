namespace Polity.Core.Funding.Budgeting;

/// <summary>A project on a participatory-budgeting ballot: an id (as written in the Pabulib file) and its cost in whole currency units.</summary>
public sealed record PbProject
{
    /// <summary>Creates a project; the cost must not be negative.</summary>
    public PbProject(string id, long cost)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        Id = id;
        Cost = cost;
    }

    /// <summary>The project id.</summary>
    public string Id { get; }

    /// <summary>The cost in whole currency units.</summary>
    public long Cost { get; }
}
