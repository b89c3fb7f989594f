using Microsoft.AspNetCore.Http;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Server.Apis;

/// <summary>
/// The draft form's options: yes/no, with a signal action when <c>signal</c> is ticked, or with a payment when
/// <c>payTo</c> is filled in (<c>payAmount</c> in major units of <c>payAsset</c>, converted exactly by the asset's
/// decimals) — so a grant can be drafted from the page, not only through the API.
/// </summary>
public static class DraftForm
{
    /// <summary>The options the form describes.</summary>
    /// <exception cref="ApiInputException">The payment fields are incomplete or do not parse.</exception>
    public static IReadOnlyList<ProposalOption> Options(IFormCollection form, NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(state);
        var actions = new List<ProposalAction>();
        if (form["signal"] == "on")
        {
            actions.Add(new ProposalAction.Signal());
        }
        if (form["payTo"].ToString().Trim() is { Length: > 0 } to)
        {
            actions.Add(Payment(to, form["payAmount"].ToString().Trim(), form["payAsset"].ToString().Trim(), state));
        }
        return ProposalOption.YesNo(actions);
    }

    private static ProposalAction.Transfer Payment(string to, string amount, string assetCode, NetworkState state)
    {
        if (!Address.TryParse(to, out var address))
        {
            throw new ApiInputException($"'{to}' is not an address (0x and 40 hex digits)");
        }
        var asset = state.Charter.Charter.Treasury.FindAsset(assetCode)
            ?? throw new ApiInputException($"the treasury holds no asset '{assetCode}'");
        if (!Money.TryToMinor(amount, asset.Decimals, out var minor, out var error))
        {
            throw new ApiInputException($"amount '{amount}': {error}");
        }
        if (minor <= 0)
        {
            throw new ApiInputException("the amount to pay must be more than zero");
        }
        return new ProposalAction.Transfer(asset.Code, minor, address, "");
    }
}
