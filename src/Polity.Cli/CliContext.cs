using System.CommandLine;
using System.Text.Json;
using Polity.Core.Events;
using Polity.Engine;
using Polity.Engine.Keys;
using Polity.Engine.Serialization;
using Polity.Engine.Signing;
using Polity.Engine.Storage;

namespace Polity.Cli;

/// <summary>What a running command needs: its options, the log, the keys, and where to write.</summary>
public sealed class CliContext : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOut = new(EventCodec.SerializerOptions)
    {
        WriteIndented = true,
        Converters = { new FractionJsonConverter() },
    };
    private IEventStore? _store;
    private KeyRing? _keys;

    /// <summary>Creates the context for one invocation.</summary>
    public CliContext(ParseResult parse, TextWriter output, TextWriter error, TimeProvider time)
    {
        Parse = parse;
        Out = output;
        Error = error;
        Time = time;
    }

    /// <summary>The parsed command line.</summary>
    public ParseResult Parse { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>The clock for system-clock networks.</summary>
    public TimeProvider Time { get; }

    /// <summary>True with --json.</summary>
    public bool Json => Parse.GetValue(GlobalOptions.Json);

    /// <summary>The --db value: a SQLite path or a PostgreSQL URL or connection string.</summary>
    public string DbPath => Parse.GetValue(GlobalOptions.Db)!;

    /// <summary>True when --db names a PostgreSQL database.</summary>
    public bool IsPostgres => EventStores.IsPostgres(DbPath);

    /// <summary>--db fit for messages (a PostgreSQL password is masked).</summary>
    public string DbName => EventStores.Describe(DbPath);

    /// <summary>The key ring at --keys.</summary>
    public KeyRing Keys => _keys ??= new KeyRing(Parse.GetValue(GlobalOptions.Keys)!);

    /// <summary>Opens the store alone, without folding it (for verification of a possibly damaged log).</summary>
    public async Task<IEventStore> OpenStoreAsync()
    {
        if (!IsPostgres && !File.Exists(DbPath))
        {
            throw new CliException($"no network at {DbPath}: create one with 'polity init' or run 'polity demo'");
        }
        return _store ??= await OpenStoreCoreAsync();
    }

    /// <summary>Opens --db through <see cref="EventStores"/>; a database that cannot be reached is bad input (exit 2).</summary>
    private async Task<IEventStore> OpenStoreCoreAsync()
    {
        try
        {
            return await EventStores.OpenAsync(DbPath);
        }
        catch (Exception ex) when (ex is ArgumentException or System.Data.Common.DbException or TimeoutException)
        {
            throw new CliException($"cannot open {DbName}: {ex.Message}");
        }
    }

    /// <summary>Opens the log; <paramref name="mustExist"/> refuses to create a new empty file.</summary>
    public async Task<PolityNetwork> OpenAsync(bool mustExist = true)
    {
        if (mustExist && !IsPostgres && !File.Exists(DbPath))
        {
            throw new CliException($"no network at {DbPath}: create one with 'polity init' or run 'polity demo'");
        }
        _store ??= await OpenStoreCoreAsync();
        var network = await PolityNetwork.OpenAsync(_store, Time);
        if (mustExist && network.StateOrNull is null)
        {
            throw new CliException($"{DbName} holds no network yet: create one with 'polity init'");
        }
        return network;
    }

    /// <summary>The signer named by --as.</summary>
    public IEventSigner Signer()
    {
        var who = Parse.GetValue(GlobalOptions.As);
        if (string.IsNullOrEmpty(who))
        {
            throw new CliException("this command writes to the log: say who signs with --as KEY (or set POLITY_AS)");
        }
        return Keys.Signer(who, Password);
    }

    /// <summary>Signs and appends; a refusal stops the command with exit code 1 and writes nothing.</summary>
    public async Task<AppendOutcome.Appended> SubmitAsync(PolityNetwork network, PolityEvent e, IEventSigner? signer = null)
    {
        var outcome = await network.SubmitAsync(e, signer ?? Signer());
        return outcome switch
        {
            AppendOutcome.Appended appended => appended,
            AppendOutcome.Refused refused => throw new CliException(ExitCodes.Refused, $"refused: {refused.Reason.Message} ({refused.Reason.Code})"),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>Reports an append: a line of text, or JSON with --json.</summary>
    public void Appended(AppendOutcome.Appended appended, string summary)
    {
        if (Json)
        {
            WriteJson(new { seq = appended.Seq, hash = appended.Hash, type = EventNames.Of(appended.Event), summary });
        }
        else
        {
            Out.WriteLine($"#{appended.Seq} {summary}");
        }
    }

    /// <summary>Prints a read command's view: as JSON with --json, otherwise through <paramref name="text"/>.</summary>
    public void Show<T>(T view, Action<TextWriter, T> text) where T : notnull
    {
        if (Json)
        {
            WriteJson(view);
        }
        else
        {
            text(Out, view);
        }
    }

    /// <summary>A value as indented JSON in the log's style, for files a command writes.</summary>
    public static string ToJson(object value) => JsonSerializer.Serialize(value, value.GetType(), JsonOut);

    /// <summary>Writes a value as indented JSON in the log's style (camelCase, addresses as strings).</summary>
    public void WriteJson(object value) => Out.WriteLine(JsonSerializer.Serialize(value, value.GetType(), JsonOut));

    /// <summary>The password for a keystore: POLITY_PASSWORD, or a prompt without echo.</summary>
    public static string Password()
    {
        var fromEnv = Environment.GetEnvironmentVariable("POLITY_PASSWORD");
        if (fromEnv is not null)
        {
            return fromEnv;
        }
        if (Console.IsInputRedirected)
        {
            throw new CliException("a key password is needed: set POLITY_PASSWORD (no terminal to prompt on)");
        }
        Console.Error.Write("Key password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return password.ToString();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
