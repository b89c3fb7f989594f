namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>How a project's ideal match is computed.</summary>
public enum QfVariant
{
    /// <summary>Linear QF / CLR: (Σ√c)² − Σc, exact integers (pluralistic.js).</summary>
    Linear,

    /// <summary>Gitcoin's pairwise-bounded CLR (clr.py): pairs that co-fund many projects are damped.</summary>
    Pairwise,

    /// <summary>Connection-oriented cluster match over given clusters (plural-qf).</summary>
    Cocm,
}
