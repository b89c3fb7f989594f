namespace Polity.Engine;
internal static class Placeholder { }
