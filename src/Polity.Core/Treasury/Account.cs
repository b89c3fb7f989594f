using System.Globalization;
using Polity.Core.Primitives;

namespace Polity.Core.Treasury;

/// <summary>
/// A journal account: a kind and a name, written <c>treasury</c>, <c>funder:0x…</c>, <c>budget:small-grants</c>,
/// <c>grant:3</c>, <c>round:spring</c> or <c>payee:0x…</c>. Each account holds one balance per asset.
/// </summary>
public readonly record struct Account
{
    private readonly string? _name;

    private Account(AccountKind kind, string name)
    {
        Kind = kind;
        _name = name;
    }

    /// <summary>What the account stands for.</summary>
    public AccountKind Kind { get; }

    /// <summary>The address, program or grant number after the colon; empty for the treasury.</summary>
    public string Name => _name ?? "";

    /// <summary>The unallocated treasury.</summary>
    public static Account Treasury { get; } = new(AccountKind.Treasury, "");

    /// <summary>A funder's contributed capital.</summary>
    public static Account Funder(Address funder) => new(AccountKind.Funder, funder.Value);

    /// <summary>A budget program's envelope.</summary>
    /// <exception cref="ArgumentException">When <paramref name="program"/> is not a valid name.</exception>
    public static Account Budget(string program) =>
        Slug.IsValid(program) ? new(AccountKind.Budget, program) : throw new ArgumentException($"'{program}' is not a program name", nameof(program));

    /// <summary>The account money is drawn from: the program's budget, or the unallocated treasury when none is named (null or empty).</summary>
    /// <exception cref="ArgumentException">When <paramref name="program"/> is not a valid name.</exception>
    internal static Account BudgetOrTreasury(string? program) => string.IsNullOrEmpty(program) ? Treasury : Budget(program);

    /// <summary>A grant's commitment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="grant"/> is not positive.</exception>
    public static Account Grant(long grant)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(grant);
        return new(AccountKind.Grant, grant.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A grantmaking round's pool, and the contributions made in it.</summary>
    /// <exception cref="ArgumentException">When <paramref name="round"/> is not a valid name.</exception>
    public static Account Round(string round) =>
        Slug.IsValid(round) ? new(AccountKind.Round, round) : throw new ArgumentException($"'{round}' is not a round name", nameof(round));

    /// <summary>Money paid out to a recipient.</summary>
    public static Account Payee(Address payee) => new(AccountKind.Payee, payee.Value);

    /// <summary>True for accounts that hold money (treasury, budgets, grants, rounds): the rules keep them from going below zero.</summary>
    public bool Holds => Kind is AccountKind.Treasury or AccountKind.Budget or AccountKind.Grant or AccountKind.Round;

    /// <summary>Parses the written form (<c>treasury</c>, <c>budget:small-grants</c>, …).</summary>
    public static bool TryParse(string? text, out Account account)
    {
        account = default;
        if (text == "treasury")
        {
            account = Treasury;
            return true;
        }
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0)
        {
            return false;
        }
        var (prefix, name) = (text![..colon], text[(colon + 1)..]);
        switch (prefix)
        {
            case "funder" or "payee" when Address.TryParse(name, out var who):
                account = prefix == "funder" ? Funder(who) : Payee(who);
                return true;
            case "budget" when Slug.IsValid(name):
                account = Budget(name);
                return true;
            case "round" when Slug.IsValid(name):
                account = Round(name);
                return true;
            case "grant" when long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0:
                account = Grant(id);
                return true;
            default:
                return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        AccountKind.Treasury => "treasury",
        AccountKind.Funder => $"funder:{Name}",
        AccountKind.Budget => $"budget:{Name}",
        AccountKind.Grant => $"grant:{Name}",
        AccountKind.Round => $"round:{Name}",
        _ => $"payee:{Name}",
    };
}
