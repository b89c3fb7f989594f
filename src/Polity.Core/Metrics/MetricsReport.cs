using Polity.Core.Primitives;

namespace Polity.Core.Metrics;

/// <summary>
/// A network's power and participation metrics: the latest snapshot, a snapshot at the end of every calendar
/// month (UTC) of the network clock, and per-proposal figures. See docs/monitoring.md for each definition.
/// </summary>
/// <param name="Network">The network's name.</param>
/// <param name="Latest">The metrics now.</param>
/// <param name="Series">One snapshot per calendar month from the network's creation to now, oldest first; the last is the month in progress (equal to <paramref name="Latest"/>).</param>
/// <param name="Proposals">Every proposal whose voting has closed, by number.</param>
public sealed record MetricsReport(string Network, MetricsSnapshot Latest, IReadOnlyList<MetricsSnapshot> Series, IReadOnlyList<ProposalMetrics> Proposals);

/// <summary>The metrics as they stood at one moment.</summary>
/// <param name="Period">The calendar month, <c>yyyy-MM</c> (UTC).</param>
/// <param name="At">The moment, Unix seconds: the month's last second, or the network's present for the month in progress.</param>
/// <param name="Houses">Per house, in charter order.</param>
/// <param name="Grants">Grant milestone completion.</param>
/// <param name="Funds">Money decided per asset, and who decided it.</param>
/// <param name="Objectives">Progress of each objective set by then, by id.</param>
public sealed record MetricsSnapshot(
    string Period, long At, IReadOnlyList<HouseMetrics> Houses, GrantMetrics Grants, IReadOnlyList<FundsDecided> Funds, IReadOnlyList<ObjectiveMetrics> Objectives);

/// <summary>One house's metrics at a moment.</summary>
/// <param name="House">House id.</param>
/// <param name="Members">Members.</param>
/// <param name="TotalWeight">Sum of the members' voting weights.</param>
/// <param name="Gini">Gini coefficient of the members' weights, in [0, 1].</param>
/// <param name="Nakamoto">Fewest members holding more than half the weight (0 when nobody holds weight).</param>
/// <param name="Top10Share">Share of the weight held by the 10 largest holders, in [0, 1].</param>
/// <param name="LargestDelegateShare">The most weight one delegate would cast (own plus delegated to them, house-wide delegations) as a share of the total weight; 0 without delegations.</param>
/// <param name="LongestChain">Hops on the longest house-wide delegation chain that reaches a delegate (1 = direct); 0 without delegations.</param>
/// <param name="Proposed">Proposals whose author was a member of this house when proposing (drafts and cancelled ones included).</param>
/// <param name="Decided">Of those, proposals whose voting closed.</param>
/// <param name="Passed">Of those, proposals whose vote passed (succeeded, queued, vetoed, executed or expired).</param>
/// <param name="PassRate">Passed / Decided, or null when nothing was decided.</param>
/// <param name="MeanTurnout">Mean turnout (cast weight / electorate weight) in this house over the proposals whose voting closed, or null when none did.</param>
/// <param name="Recusals">Members recused (beneficiaries under the recuse rule), summed over those proposals.</param>
/// <param name="MeanSecondsToExecution">Mean seconds from creation to execution of the executed proposals this house originated, or null.</param>
public sealed record HouseMetrics(
    string House,
    int Members,
    long TotalWeight,
    Fraction Gini,
    int Nakamoto,
    Fraction Top10Share,
    Fraction LargestDelegateShare,
    int LongestChain,
    int Proposed,
    int Decided,
    int Passed,
    Fraction? PassRate,
    Fraction? MeanTurnout,
    int Recusals,
    Fraction? MeanSecondsToExecution);

/// <summary>How far awarded grants have come.</summary>
/// <param name="Awarded">Grants awarded (closed ones included).</param>
/// <param name="Milestones">Their milestones.</param>
/// <param name="Reported">Milestones reported, attested or paid.</param>
/// <param name="Attested">Milestones attested or paid.</param>
/// <param name="Paid">Milestones paid in full.</param>
/// <param name="Completion">Paid / Milestones, or null without milestones.</param>
public sealed record GrantMetrics(int Awarded, int Milestones, int Reported, int Attested, int Paid, Fraction? Completion);

/// <summary>
/// Money decided in one asset: moved by the actions of executed proposals (transfers, budget allocations,
/// grant awards) or spent under allowances, and the share of it each house voted on.
/// </summary>
/// <param name="Asset">Asset code.</param>
/// <param name="Decimals">The asset's decimals (for display).</param>
/// <param name="Total">Minor units decided.</param>
/// <param name="ByAllowance">Minor units spent under spend-without-vote allowances (no house voted).</param>
/// <param name="Houses">Per house (charter order): minor units moved by proposals the house voted on, and that as a share of <paramref name="Total"/>.</param>
public sealed record FundsDecided(string Asset, int Decimals, long Total, long ByAllowance, IReadOnlyList<HouseFunds> Houses);

/// <summary>The money one house voted on.</summary>
/// <param name="House">House id.</param>
/// <param name="Amount">Minor units.</param>
/// <param name="Share">Amount / total decided; houses that vote together each count the whole amount, so shares may sum past 1.</param>
public sealed record HouseFunds(string House, long Amount, Fraction Share);

/// <summary>One proposal's participation figures, once its voting closed.</summary>
/// <param name="Id">Proposal number.</param>
/// <param name="Title">Title.</param>
/// <param name="OriginHouses">The houses its author belonged to when proposing.</param>
/// <param name="Status">Its status (Succeeded, Defeated, Executed, …).</param>
/// <param name="VotingEndedAt">When voting closed, Unix seconds.</param>
/// <param name="SecondsToExecution">Seconds from creation to execution, or null if not executed.</param>
/// <param name="Houses">Turnout in each voting house.</param>
public sealed record ProposalMetrics(
    long Id, string Title, IReadOnlyList<string> OriginHouses, string Status, long VotingEndedAt, long? SecondsToExecution, IReadOnlyList<HouseTurnout> Houses);

/// <summary>Turnout in one house on one proposal.</summary>
/// <param name="House">House id.</param>
/// <param name="Electorate">Eligible members (recused ones left out).</param>
/// <param name="Ballots">Ballots cast.</param>
/// <param name="ElectorateWeight">Eligible weight.</param>
/// <param name="TurnoutWeight">Weight cast, delegated weight included.</param>
/// <param name="Turnout">TurnoutWeight / ElectorateWeight (0 for an empty electorate).</param>
/// <param name="Recused">Members recused.</param>
public sealed record HouseTurnout(string House, int Electorate, int Ballots, long ElectorateWeight, Fraction TurnoutWeight, Fraction Turnout, int Recused);
