namespace Polity.Core.Events;

/// <summary>A milestone as an application proposes it or an award fixes it.</summary>
/// <param name="Title">What will be delivered, 1 to 200 characters.</param>
/// <param name="Amount">The tranche paid once it is attested, minor units, positive.</param>
public sealed record MilestonePlan(string Title, long Amount);
