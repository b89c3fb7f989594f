namespace Polity.Engine.Charters;

/// <summary>One problem in a charter file, at a 1-based line and column.</summary>
/// <param name="File">The file name as given to the loader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record CharterError(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form <c>file:line:column: message</c>, which editors and CI logs link.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
