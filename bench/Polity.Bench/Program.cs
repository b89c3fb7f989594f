using Polity.Bench;

const string Usage = "usage: dotnet run -c Release --project bench/Polity.Bench -- log|tree|voting [--events N] [--runs R]";

if (args.Length == 0 || args[0] is not ("log" or "tree" or "voting"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var tree = args[0] == "tree";
var voting = args[0] == "voting";
var events = tree || voting ? 1_000_000 : 100_000;
var runs = tree ? 1 : 3;
for (var i = 1; i < args.Length; i++)
{
    var ok = i + 1 < args.Length && int.TryParse(args[i + 1].Replace("_", "").Replace(",", ""), out var value) && value > 0;
    switch (args[i])
    {
        case "--events" when ok:
            events = int.Parse(args[++i].Replace("_", "").Replace(",", ""));
            break;
        case "--runs" when ok:
            runs = int.Parse(args[++i]);
            break;
        default:
            Console.Error.WriteLine($"unexpected '{args[i]}'");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
if (events < 100)
{
    Console.Error.WriteLine("--events must be at least 100");
    return 2;
}
if (voting)
{
    try
    {
        return VotingBench.Run(events, runs, Console.Out, Console.Error);
    }
    catch (BenchFailure failure)
    {
        Console.Out.WriteLine($"FAILED: {failure.Message}");
        return 1;
    }
}
return tree
    ? await TreeBench.RunAsync(events, runs, Console.Out, Console.Error)
    : await LogBench.RunAsync(events, runs, Console.Out, Console.Error);
