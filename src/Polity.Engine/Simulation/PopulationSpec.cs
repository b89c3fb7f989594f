using Polity.Core.Primitives;

namespace Polity.Engine.Simulation;

/// <summary>
/// A synthetic population to stress a charter: who sits in each house, how often they vote and how they
/// lean, how many proposals of each decision type to decide, and the seed that makes the run repeatable.
/// Written as YAML (see docs/simulation.md and examples/simulation/population.yaml).
/// </summary>
/// <param name="Seed">Seed of the pseudo-random draws; the same spec and charter always give the same report.</param>
/// <param name="Houses">Per house, in the spec's order.</param>
/// <param name="Proposals">How many proposals of each decision type, in the spec's order.</param>
public sealed record PopulationSpec(ulong Seed, IReadOnlyList<HousePopulation> Houses, IReadOnlyList<ProposalCount> Proposals);

/// <summary>One house's synthetic members and their behaviour.</summary>
/// <param name="House">House id (must be in the charter).</param>
/// <param name="Members">How many members.</param>
/// <param name="Stake">Each member's stake (for stake-weighted houses), at least this…</param>
/// <param name="StakeMax">…and at most this, drawn uniformly per member.</param>
/// <param name="Turnout">Chance that a member votes on a proposal.</param>
/// <param name="Yes">Chance that a vote is for (otherwise against, or abstain).</param>
/// <param name="Abstain">Chance that a member who votes abstains.</param>
/// <param name="Polarisation">Chance that, on a proposal, the whole house takes one side (for with chance <paramref name="Yes"/>) instead of each voter deciding alone.</param>
public sealed record HousePopulation(string House, int Members, long Stake, long StakeMax, Ratio Turnout, Ratio Yes, Ratio Abstain, Ratio Polarisation);

/// <summary>How many proposals of a decision type.</summary>
/// <param name="DecisionType">Decision type id (must be in the charter).</param>
/// <param name="Count">How many.</param>
public sealed record ProposalCount(string DecisionType, int Count);
