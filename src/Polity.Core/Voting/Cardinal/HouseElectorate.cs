namespace Polity.Core.Voting.Cardinal;

/// <summary>What consent and conviction read of a counted house.</summary>
internal static class HouseElectorate
{
    /// <summary>The option a consent or conviction decision adopts: the proposal's first option that is not reserved.</summary>
    public static int Adopted(HouseBallots house)
    {
        for (var i = 0; i < house.Options.Count; i++)
        {
            if (!house.Options[i].IsReserved)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"proposal {house.Proposal.Id} has no option to adopt");
    }
}
