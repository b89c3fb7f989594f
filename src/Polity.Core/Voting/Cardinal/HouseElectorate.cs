using Polity.Core.Charters;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>A house's electorate as the tally counts it: members fixed at submission, less recused beneficiaries.</summary>
internal static class HouseElectorate
{
    /// <summary>Eligible members of the counted house and their weights.</summary>
    public static IReadOnlyDictionary<Address, long> Eligible(HouseBallots house)
    {
        var members = house.Proposal.Electorate.GetValueOrDefault(house.House);
        if (members is null)
        {
            return new Dictionary<Address, long>();
        }
        if (house.Proposal.Rules?.ConflictOfInterest != ConflictOfInterestRule.Recuse)
        {
            return members;
        }
        var beneficiaries = house.Proposal.Beneficiaries();
        return members.Where(m => !beneficiaries.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value);
    }

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
