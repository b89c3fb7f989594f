using Polity.Core.Primitives;

namespace Polity.Core.Tests;

public class PrimitiveTests
{
    [Theory]
    [InlineData("50%", 1, 2)]
    [InlineData("66.67%", 6667, 10000)]
    [InlineData("2/3", 2, 3)]
    [InlineData("0.2", 1, 5)]
    [InlineData("100%", 1, 1)]
    public void Ratios_parse_exactly(string text, long numerator, long denominator)
    {
        var r = Ratio.Parse(text);
        (r.Numerator, r.Denominator).ShouldBe((numerator, denominator));
    }

    [Theory]
    [InlineData("150%")]
    [InlineData("lots")]
    [InlineData("3/2")]
    [InlineData("")]
    public void Bad_ratios_are_refused(string text) => Ratio.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Strictly_greater_than_the_threshold_passes_and_equal_does_not()
    {
        Ratio.Parse("50%").IsExceededBy(51, 100).ShouldBeTrue();
        Ratio.Parse("50%").IsExceededBy(50, 100).ShouldBeFalse();
        Ratio.Parse("2/3").IsExceededBy(2, 3).ShouldBeFalse();
        Ratio.Parse("20%").IsMetBy(20, 100).ShouldBeTrue();
    }

    [Theory]
    [InlineData("7d", 604_800)]
    [InlineData("1d12h", 129_600)]
    [InlineData("30m", 1_800)]
    [InlineData("90", 90)]
    [InlineData("2w", 1_209_600)]
    public void Durations_parse(string text, long seconds) => Duration.Parse(text).Seconds.ShouldBe(seconds);

    [Theory]
    [InlineData("7 days")]
    [InlineData("d")]
    [InlineData("5x")]
    public void Bad_durations_are_refused(string text) => Duration.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("12000.50", 2, 1_200_050)]
    [InlineData("1", 6, 1_000_000)]
    [InlineData("0.000001", 6, 1)]
    public void Money_converts_to_minor_units_exactly(string text, int decimals, long minor)
    {
        Money.TryToMinor(text, decimals, out var m, out _).ShouldBeTrue();
        m.ShouldBe(minor);
        Money.Format(minor, decimals).ShouldBe(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Money_refuses_more_decimals_than_the_asset_has()
    {
        Money.TryToMinor("1.005", 2, out _, out var error).ShouldBeFalse();
        error.ShouldContain("more than the asset's 2 decimals");
    }

    [Fact]
    public void Addresses_normalise_to_lowercase_and_refuse_garbage()
    {
        new Address("0xAbCdEf0123456789abcdef0123456789ABCDEF01").Value.ShouldBe("0xabcdef0123456789abcdef0123456789abcdef01");
        Address.TryParse("0x123", out _).ShouldBeFalse();
        Address.TryParse("zz" + new string('0', 40), out _).ShouldBeFalse();
    }

    [Fact]
    public void The_default_fraction_is_zero_and_adds_like_it()
    {
        var unset = default(Fraction);
        unset.ShouldBe(Fraction.Zero);
        unset.Denominator.ShouldBe(System.Numerics.BigInteger.One);
        (unset + new Fraction(1, 2)).ShouldBe(new Fraction(1, 2));
        new Dictionary<string, Fraction>().GetValueOrDefault("nobody").ShouldBe(Fraction.Zero);
    }
}
