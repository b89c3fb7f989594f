namespace Polity.Bench;

/// <summary>A correctness check inside the benchmark failed: its figures mean nothing.</summary>
internal sealed class BenchFailure : Exception
{
    public BenchFailure(string message) : base(message) { }

    public BenchFailure() { }

    public BenchFailure(string message, Exception inner) : base(message, inner) { }
}
