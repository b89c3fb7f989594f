namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// One voter's ballot: the projects named, in the order written (preference order for ordinal ballots),
/// and for cumulative ballots the points given to each (same order).
/// </summary>
public sealed record PbBallot
{
    /// <summary>Creates a ballot; <paramref name="points"/>, when given, has one entry per project.</summary>
    public PbBallot(IReadOnlyList<string> projects, IReadOnlyList<long>? points = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (points is not null && points.Count != projects.Count)
        {
            throw new ArgumentException($"{points.Count} points for {projects.Count} projects", nameof(points));
        }
        Projects = projects;
        Points = points;
    }

    /// <summary>The projects named, in ballot order.</summary>
    public IReadOnlyList<string> Projects { get; }

    /// <summary>Points per project for cumulative ballots; null otherwise.</summary>
    public IReadOnlyList<long>? Points { get; }
}
