using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>The exact side of a run: prices, budgets and payments as fractions.</summary>
internal sealed partial class MesRun
{
    /// <summary>
    /// The exact price q of p, a project just scanned (so its double price is current). The double search proposes
    /// who is poor (budget below q); q follows exactly from that split, and is accepted when every group close
    /// enough to q to be misjudged is checked exactly. Otherwise every supporter's budget is computed exactly and q
    /// found as in the textbook algorithm.
    /// </summary>
    private Fraction ExactPrice(int p)
    {
        if (_exactAt[p] > _touchedAt[p] && _exactQ[p] is { } cached)
        {
            return cached;
        }
        var q = FromSplit(p) ?? FullExactPrice(p) ?? throw new InvalidOperationException("An affordable project has no price.");
        _exactQ[p] = q;
        _exactAt[p] = _round;
        return q;
    }

    /// <summary>
    /// q from the split at p's double price (within <c>_qError</c> of the exact one), or null when the split is
    /// wrong. One pass: groups further than the error bounds from the guess are on the side the double puts them;
    /// the few closer ones are checked exactly once q is known.
    /// </summary>
    private Fraction? FromSplit(int p)
    {
        var guess = _q[p];
        var (start, end) = (_e.ProjectStart[p], _e.ProjectStart[p + 1]);
        var wide = _qError[p] + BudgetError() + (4 * Eps * _scale);
        var poorWeight = 0L;
        var paying = new List<int>();
        var close = new List<int>();
        for (var s = start; s < end; s++)
        {
            var g = _e.SlotGroup[s];
            var b = _groupBudget[g];
            if (b < guess)
            {
                poorWeight += _e.GroupWeight[g];
                if (!_zero[g])
                {
                    paying.Add(g);
                }
            }
            if (!_zero[g] && Math.Abs(b - guess) <= wide)
            {
                close.Add(g);
            }
        }
        var rich = _e.ProjectWeight[p] - poorWeight;
        if (rich <= 0)
        {
            return null;
        }
        var d = _book.Denominator;
        var q = new Fraction((_e.Cost(p) * d) - (paying.Count == 0 ? BigInteger.Zero : Held(paying)), d * rich);
        if (Math.Abs(ToDouble(q) - guess) > _qError[p] + (2 * Eps * _scale))
        {
            return null;
        }
        foreach (var g in close)
        {
            var budget = ExactBudget(g);
            if (_groupBudget[g] < guess ? budget > q : budget < q)
            {
                return null;
            }
        }
        return q;
    }

    /// <summary>The textbook cap: sort the supporters by exact budget; null when they cannot afford p.</summary>
    private Fraction? FullExactPrice(int p)
    {
        var groups = new List<(Fraction Budget, long Weight)>();
        for (var s = _e.ProjectStart[p]; s < _e.ProjectStart[p + 1]; s++)
        {
            var g = _e.SlotGroup[s];
            groups.Add((ExactBudget(g), _e.GroupWeight[g]));
        }
        var price = Fraction.Whole(_e.Cost(p));
        var total = groups.Aggregate(Fraction.Zero, (sum, x) => sum + (x.Budget * x.Weight));
        if (total < price)
        {
            return null;
        }
        groups.Sort((a, b) => a.Budget.CompareTo(b.Budget));
        var paid = Fraction.Zero;
        BigInteger payers = _e.ProjectWeight[p];
        foreach (var (budget, weight) in groups)
        {
            var q = (price - paid) / payers;
            if (q <= budget)
            {
                return q;
            }
            paid += budget * weight;
            payers -= weight;
        }
        return null;
    }

    /// <summary>Whether p's supporters hold its cost between them, exactly.</summary>
    private bool CanAfford(int p)
    {
        var holding = new List<int>();
        for (var s = _e.ProjectStart[p]; s < _e.ProjectStart[p + 1]; s++)
        {
            if (!_zero[_e.SlotGroup[s]])
            {
                holding.Add(_e.SlotGroup[s]);
            }
        }
        return Held(holding) >= _e.Cost(p) * _book.Denominator;
    }

    /// <summary>
    /// Σ weight × budget over groups that never paid their whole budget, as a numerator over the book's
    /// denominator: each holds the share minus the prices of the purchases it approved.
    /// </summary>
    private BigInteger Held(List<int> groups)
    {
        // paidBy[k + 1] is the weight that paid purchase k; slot 0 soaks up projects not bought (no branch: the
        // groups' ballots are random to the branch predictor).
        var paidBy = new long[_book.Count + 1];
        var (start, projects, weights, slot) = (_e.GroupStart, _e.GroupProjects, _e.GroupWeight, _paidSlot);
        var weight = 0L;
        foreach (var g in groups)
        {
            var w = weights[g];
            weight += w;
            for (var i = start[g]; i < start[g + 1]; i++)
            {
                paidBy[slot[projects[i]]] += w;
            }
        }
        return _book.Held(weight, paidBy.AsSpan(1));
    }

    private Fraction ExactBudget(int g)
    {
        if (_zero[g])
        {
            return Fraction.Zero;
        }
        var paid = new List<int>();
        for (var i = _e.GroupStart[g]; i < _e.GroupStart[g + 1]; i++)
        {
            if (_purchase[_e.GroupProjects[i]] >= 0)
            {
                paid.Add(_purchase[_e.GroupProjects[i]]);
            }
        }
        return new Fraction(_book.Left(paid), _book.Denominator);
    }

    /// <summary>Every voter's exact budget, in ballot order (for analytics; slow on large elections).</summary>
    private IReadOnlyList<Fraction> ExactBudgets() =>
        _e.Groups.Expand(Enumerable.Range(0, _e.Groups.Count).Select(ExactBudget).ToList());

    /// <summary>
    /// Buys p at q: each supporter pays min(budget, q). A group whose budget is at most q pays it all (exactly 0
    /// left); the others keep budget − q. Groups near q are judged on their exact budget.
    /// </summary>
    private void Buy(int p, Fraction q)
    {
        var exact = ToDouble(q);
        var band = BudgetError() + (4 * Eps * _scale);
        for (var s = _e.ProjectStart[p]; s < _e.ProjectStart[p + 1]; s++)
        {
            var g = _e.SlotGroup[s];
            if (_zero[g])
            {
                continue;
            }
            var b = _groupBudget[g];
            if (b > exact + band)
            {
                _groupBudget[g] = b - exact;
            }
            else if (b < exact - band)
            {
                _zero[g] = true;
                _groupBudget[g] = 0;
            }
            else
            {
                var left = ExactBudget(g) - q;
                _zero[g] = left <= Fraction.Zero;
                _groupBudget[g] = _zero[g] ? 0 : ToDouble(left);
            }
        }
        foreach (var other in _e.Neighbours[p])
        {
            _touchedAt[other] = _round;
        }
        _purchase[p] = _book.Count;
        _paidSlot[p] = _book.Count + 1;
        _book.Add(q);
    }

    /// <summary>A non-negative fraction as the nearest double or one next to it (relative error below 2^-52).</summary>
    internal static double ToDouble(Fraction value)
    {
        if (value.Numerator.IsZero)
        {
            return 0;
        }
        var shift = (int)(value.Denominator.GetBitLength() - value.Numerator.GetBitLength()) + 64;
        var quotient = shift >= 0 ? (value.Numerator << shift) / value.Denominator : value.Numerator / (value.Denominator << -shift);
        return Math.ScaleB((double)quotient, -shift);
    }
}
