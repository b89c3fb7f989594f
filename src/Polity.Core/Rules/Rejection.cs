namespace Polity.Core.Rules;

/// <summary>Why the rules refuse an event: a stable code for programs and a sentence for people.</summary>
/// <param name="Code">Kebab-case code, e.g. <c>not-a-member</c>.</param>
/// <param name="Message">One line saying what is wrong.</param>
public sealed record Rejection(string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Message} ({Code})";
}
