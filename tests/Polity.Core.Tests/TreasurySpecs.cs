using Polity.Core.Events;

namespace Polity.Core.Tests;

public class TreasurySpecs : NetworkSpec
{
    public TreasurySpecs() => GivenNetwork();

    [Fact]
    public void Deposits_credit_the_treasury_and_unknown_assets_are_refused()
    {
        Given(A("f2"), new FundsDeposited("EUR", 500, ""));
        State.BalanceOf("EUR").ShouldBe(1_000_500);
        When(A("f2"), new FundsDeposited("BTC", 1, ""))!.Code.ShouldBe("unknown-asset");
        When(A("f2"), new FundsDeposited("EUR", 0, ""))!.Code.ShouldBe("bad-amount");
    }

    [Fact]
    public void A_steward_spends_within_the_rolling_allowance_and_no_further()
    {
        Given(A("s"), new AllowanceSpent("EUR", 30_000, A("c1"), "hall"));
        When(A("s"), new AllowanceSpent("EUR", 25_000, A("c1"), "food"))!.Code.ShouldBe("over-allowance");
        When(A("c1"), new AllowanceSpent("EUR", 1, A("c1"), "me"))!.Code.ShouldBe("no-allowance");
        Advance(30 * Day);
        Given(A("s"), new AllowanceSpent("EUR", 25_000, A("c1"), "food"));
        State.BalanceOf("EUR").ShouldBe(1_000_000 - 55_000);
    }
}
