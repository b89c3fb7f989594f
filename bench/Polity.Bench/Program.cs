using Polity.Bench;

const string Usage = "usage: dotnet run -c Release --project bench/Polity.Bench -- log|tree|voting [--events N] [--runs R]\n" +
    "       dotnet run -c Release --project bench/Polity.Bench -- alloc [--voters N] [--projects N] [--contributions N] [--runs R]\n" +
    "       dotnet run -c Release --project bench/Polity.Bench -- serve [--members N] [--proposals N] [--clients N] [--read-every N] [--seconds S] [--runs R]";

if (args.Length == 0 || args[0] is not ("log" or "tree" or "voting" or "alloc" or "serve"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var verb = args[0];
var events = verb is "tree" or "voting" ? 1_000_000 : 100_000;
var runs = verb is "tree" or "serve" ? 1 : 3;
var (voters, projects, contributions) = (100_000, 200, 1_000_000);
var (members, proposals, clients, seconds, readEvery) = (2_000, 10, 64, 60, 20);
for (var i = 1; i < args.Length; i++)
{
    var ok = i + 1 < args.Length && int.TryParse(args[i + 1].Replace("_", "").Replace(",", ""), out var value) && value > 0;
    var alloc = verb == "alloc";
    switch (args[i])
    {
        case "--members" when ok && verb == "serve":
            members = Number(args[++i]);
            break;
        case "--proposals" when ok && verb == "serve":
            proposals = Number(args[++i]);
            break;
        case "--clients" when ok && verb == "serve":
            clients = Number(args[++i]);
            break;
        case "--read-every" when i + 1 < args.Length && int.TryParse(args[i + 1], out var every) && every >= 0 && verb == "serve":
            readEvery = every;
            i++;
            break;
        case "--seconds" when ok && verb == "serve":
            seconds = Number(args[++i]);
            break;
        case "--events" when ok && !alloc && verb != "serve":
            events = Number(args[++i]);
            break;
        case "--runs" when ok:
            runs = Number(args[++i]);
            break;
        case "--voters" when ok && alloc:
            voters = Number(args[++i]);
            break;
        case "--projects" when ok && alloc:
            projects = Number(args[++i]);
            break;
        case "--contributions" when ok && alloc:
            contributions = Number(args[++i]);
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
if (projects < 15)
{
    Console.Error.WriteLine("--projects must be at least 15 (voters approve up to 15)");
    return 2;
}
if (verb == "voting")
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
return verb switch
{
    "serve" => await ServeBench.RunAsync(members, proposals, clients, readEvery, seconds, runs, Console.Out, Console.Error),
    "tree" => await TreeBench.RunAsync(events, runs, Console.Out, Console.Error),
    "alloc" => AllocBench.Run(voters, projects, contributions, runs, Console.Out, Console.Error),
    _ => await LogBench.RunAsync(events, runs, Console.Out, Console.Error),
};

static int Number(string text) => int.Parse(text.Replace("_", "").Replace(",", ""));
