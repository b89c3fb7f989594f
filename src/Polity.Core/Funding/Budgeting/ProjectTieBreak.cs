namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// The tie-break Equal Shares and sequential Phragmén share: the cheaper project first, then the one with
/// more votes, then the one earlier in the file.
/// </summary>
internal static class ProjectTieBreak
{
    /// <summary>Negative when project <paramref name="a"/> wins a tie against <paramref name="b"/> (indexes into the instance's projects).</summary>
    public static int Compare(PbInstance instance, int a, int b)
    {
        var (pa, pb) = (instance.Projects[a], instance.Projects[b]);
        if (pa.Cost != pb.Cost)
        {
            return pa.Cost.CompareTo(pb.Cost);
        }
        var (va, vb) = (instance.VotesOf(pa.Id), instance.VotesOf(pb.Id));
        return va != vb ? vb.CompareTo(va) : a.CompareTo(b);
    }
}
