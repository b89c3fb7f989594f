using Polity.Core.Primitives;

namespace Polity.Core.Grants;

/// <summary>One event in a grant's trail, for the results tracker.</summary>
/// <param name="Seq">The event's position in the log.</param>
/// <param name="At">When, Unix seconds.</param>
/// <param name="By">Who signed it.</param>
/// <param name="What">What happened, in a few words (<c>milestone 1 attested</c>).</param>
public sealed record GrantStep(long Seq, long At, Address By, string What);
