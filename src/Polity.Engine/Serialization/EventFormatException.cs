namespace Polity.Engine.Serialization;

/// <summary>A payload that does not match its event type's shape.</summary>
public sealed class EventFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EventFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public EventFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public EventFormatException() { }
}
