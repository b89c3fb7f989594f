namespace Polity.Core.Funding.Budgeting;

/// <summary>How much a voter gains from a funded project they approved, in the Method of Equal Shares.</summary>
public enum MesUtility
{
    /// <summary>The project's cost (pabutools' <c>Cost_Sat</c>; what Pabulib's MES elections used).</summary>
    Cost,

    /// <summary>One per approved project (pabutools' <c>Cardinality_Sat</c>).</summary>
    Cardinality,
}
