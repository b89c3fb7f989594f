using Polity.Core.Primitives;

namespace Polity.Core.Grants;

/// <summary>A reviewer's eligibility verdict on an application.</summary>
/// <param name="Reviewer">Who reviewed.</param>
/// <param name="Eligible">The verdict.</param>
/// <param name="Note">Why.</param>
/// <param name="At">When.</param>
public sealed record GrantReview(Address Reviewer, bool Eligible, string Note, long At);
