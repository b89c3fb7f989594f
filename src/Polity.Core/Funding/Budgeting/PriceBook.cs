using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// The exact prices of one Equal Shares run over a common denominator, so that a voter group's budget
/// (the share minus the prices it paid) and sums of budgets are integer arithmetic with one division at the end.
/// Normalising a <see cref="Fraction"/> after every addition (a gcd of numbers thousands of bits long, once
/// prices compound) would cost far more than the run itself.
/// </summary>
internal sealed class PriceBook
{
    private readonly List<BigInteger> _numerators = [];
    private readonly List<Fraction> _prices = [];
    private BigInteger _share;

    public PriceBook(Fraction share)
    {
        Denominator = share.Denominator;
        _share = share.Numerator;
    }

    /// <summary>The common denominator of the share and of every price.</summary>
    public BigInteger Denominator { get; private set; }

    /// <summary>Purchases so far.</summary>
    public int Count => _prices.Count;

    /// <summary>The price of purchase k.</summary>
    public Fraction this[int k] => _prices[k];

    /// <summary>Records the next purchase's price, widening the common denominator if needed.</summary>
    public void Add(Fraction price)
    {
        var factor = price.Denominator / BigInteger.GreatestCommonDivisor(Denominator, price.Denominator);
        if (!factor.IsOne)
        {
            Denominator *= factor;
            _share *= factor;
            for (var k = 0; k < _numerators.Count; k++)
            {
                _numerators[k] *= factor;
            }
        }
        _numerators.Add(price.Numerator * (Denominator / price.Denominator));
        _prices.Add(price);
    }

    /// <summary>
    /// Numerator (over <see cref="Denominator"/>) of share × <paramref name="weight"/> − Σ price_k × paid[k]: what
    /// groups of that total weight hold when paid[k] of their weight paid purchase k in full.
    /// </summary>
    public BigInteger Held(long weight, ReadOnlySpan<long> paid)
    {
        var sum = _share * weight;
        for (var k = 0; k < paid.Length; k++)
        {
            if (paid[k] != 0)
            {
                sum -= _numerators[k] * paid[k];
            }
        }
        return sum;
    }

    /// <summary>Numerator of the share minus the prices of <paramref name="purchases"/>.</summary>
    public BigInteger Left(IEnumerable<int> purchases)
    {
        var left = _share;
        foreach (var k in purchases)
        {
            left -= _numerators[k];
        }
        return left;
    }
}
