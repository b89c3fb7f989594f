using Polity.Core.Primitives;

namespace Polity.Core.Rules;

/// <summary>What the log knows of an event beyond its payload: position, signer and time.</summary>
/// <param name="Seq">Position in the log, from 1.</param>
/// <param name="Author">The signer.</param>
/// <param name="Time">Unix seconds.</param>
public readonly record struct EventContext(long Seq, Address Author, long Time);
