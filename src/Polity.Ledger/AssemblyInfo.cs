namespace Polity.Ledger;
internal static class Placeholder { }
