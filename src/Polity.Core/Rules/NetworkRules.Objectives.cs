using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>The operator or a holder of the charter's <c>stakeholders.objective-stewards</c> role sets objectives and reports progress.</summary>
    private static Rejection? CheckObjectiveSteward(NetworkState state, EventContext ctx)
    {
        if (ctx.Author == state.Operator)
        {
            return null;
        }
        var role = state.Charter.Charter.Stakeholders.ObjectiveStewards;
        return role is not null && state.Stakeholders.GetValueOrDefault(ctx.Author)?.Roles.Contains(role) == true
            ? null
            : Reject("not-objective-steward", role is null
                ? "only the operator keeps objectives: the charter names no 'stakeholders.objective-stewards' role"
                : $"{ctx.Author} does not hold the role '{role}' that keeps objectives");
    }

    private static Rejection? CheckObjectiveSet(NetworkState state, ObjectiveSet e, EventContext ctx)
    {
        if (CheckObjectiveSteward(state, ctx) is { } notSteward)
        {
            return notSteward;
        }
        if (!Slug.IsValid(e.Objective))
        {
            return Reject("bad-objective", $"'{e.Objective}' is not a valid objective id: expected lowercase letters, digits and hyphens");
        }
        if (string.IsNullOrWhiteSpace(e.Title) || e.Title.Length > 200)
        {
            return Reject("bad-title", "an objective needs a title of 1 to 200 characters");
        }
        if (string.IsNullOrWhiteSpace(e.Measure) || e.Measure.Length > 200 || string.IsNullOrWhiteSpace(e.Unit) || e.Unit.Length > 50)
        {
            return Reject("bad-measure", "an objective needs a measure (what is counted, 1 to 200 characters) and a unit (1 to 50 characters)");
        }
        if (e.Target == e.Baseline)
        {
            return Reject("bad-target", $"the target equals the baseline ({e.Baseline} {e.Unit}): there would be nothing to achieve");
        }
        if (!state.Objectives.ContainsKey(e.Objective) && e.Deadline <= ctx.Time)
        {
            return Reject("bad-deadline", "a new objective's deadline must be in the future");
        }
        return CheckNote(e.Description);
    }

    private static Rejection? CheckProgressReported(NetworkState state, ObjectiveProgressReported e, EventContext ctx)
    {
        if (CheckObjectiveSteward(state, ctx) is { } notSteward)
        {
            return notSteward;
        }
        return state.Objectives.ContainsKey(e.Objective)
            ? CheckText(e.Evidence, "a progress report's evidence")
            : CheckObjectiveIds(state, [e.Objective]);
    }
}
