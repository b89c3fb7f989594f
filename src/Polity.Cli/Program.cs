using Polity.Cli;

return await PolityCli.RunAsync(args, Console.Out, Console.Error);
