using System.Collections.Immutable;
using Polity.Core.Charters;
using Polity.Core.Primitives;

namespace Polity.Core.Map;

/// <summary>The stakeholder map: relationships (ended ones kept, marked) and profiles. Immutable; folded from map events.</summary>
public sealed record StakeholderMap
{
    /// <summary>The empty map.</summary>
    public static StakeholderMap Empty { get; } = new();

    /// <summary>Every relationship ever declared, by number.</summary>
    public ImmutableSortedDictionary<long, Relationship> Relationships { get; init; } = ImmutableSortedDictionary<long, Relationship>.Empty;

    /// <summary>Profiles by stakeholder.</summary>
    public ImmutableDictionary<Address, StakeholderProfile> Profiles { get; init; } = ImmutableDictionary<Address, StakeholderProfile>.Empty;

    /// <summary>Relationships that hold, in order of declaration.</summary>
    public IEnumerable<Relationship> Active => Relationships.Values.Where(r => r.Active);

    /// <summary>
    /// Relationships that held just before <paramref name="time"/> (network clock): declared before it and not ended
    /// before it. Events at <paramref name="time"/> itself come after a phase that closes then.
    /// </summary>
    public IEnumerable<Relationship> HeldBefore(long time) =>
        Relationships.Values.Where(r => r.DeclaredAt < time && (r.EndedAt is not { } ended || ended >= time));

    /// <summary>
    /// The relationships the charter's conflict-of-interest list names between <paramref name="who"/> and another
    /// stakeholder, read from <paramref name="who"/>'s side: <c>employs 0xcd… (relationship 3)</c> means
    /// <paramref name="who"/> employs 0xcd…. Each holding relationship gives at most one link.
    /// </summary>
    public IEnumerable<ConflictLink> ConflictsOf(StakeholderRules rules, Address who)
    {
        if (rules.ConflictOfInterest.Count == 0)
        {
            yield break;
        }
        foreach (var r in Active)
        {
            if (!r.Involves(who) || r.From.Stakeholder is not { } from || r.To.Stakeholder is not { } to || from == to)
            {
                continue;
            }
            var forward = from == who;
            foreach (var name in rules.ConflictOfInterest)
            {
                if (rules.Resolve(name) is not var (type, inverse) || type.Name != r.Type)
                {
                    continue;
                }
                if (type.Symmetric || forward != inverse)
                {
                    yield return new ConflictLink(who, forward ? to : from, name, r.Id);
                    break;
                }
            }
        }
    }
}

/// <summary>A relationship that makes <paramref name="Party"/> an interested party wherever <paramref name="Related"/> benefits.</summary>
/// <param name="Party">The voter or reviewer.</param>
/// <param name="Related">The stakeholder they stand in the relationship to.</param>
/// <param name="Relation">The relationship as the charter names it, from <paramref name="Party"/>'s side (<c>employs</c>, <c>funded-by</c>).</param>
/// <param name="Relationship">The relationship's number in the map.</param>
public sealed record ConflictLink(Address Party, Address Related, string Relation, long Relationship)
{
    /// <summary>One line: <c>0xab… employs 0xcd… (relationship 3)</c>.</summary>
    public override string ToString() => $"{Party} {Relation} {Related} (relationship {Relationship})";
}
