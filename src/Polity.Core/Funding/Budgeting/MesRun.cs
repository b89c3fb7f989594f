using System.Numerics;
using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// One run of the Method of Equal Shares at a given share, exact in its outcome but searched in floating point.
/// Each voter group's budget is kept as a <see cref="double"/> next to a proven bound on its error; every price
/// actually charged is exact (<see cref="Fraction"/>), and so is every decision: which project is cheapest per
/// unit of utility, whether a project is affordable, and who pays their whole budget. A double is trusted only
/// where the bound leaves no doubt; otherwise (near-ties, real ties) the exact value is computed from the exact
/// prices. So the outcome equals the all-rational algorithm's on every machine, whatever the vector width.
/// </summary>
/// <remarks>
/// Error bounds (eps = 2^-53): a group budget is the share minus the prices it paid, each subtraction and
/// conversion adding at most 2 eps S, where S bounds every budget and price (the share or the largest cost); after
/// k purchases the error is below (8k + 16) eps S (<see cref="BudgetError"/>). A sum of n weighted budgets adds
/// (n + 2) eps of itself. A price q solves Σ min(b_i, q) = cost; the left side moves by at most W·(budget error)
/// when the budgets do, and rises at least 1 per unit of q, so q moves at most as much.
/// </remarks>
internal sealed partial class MesRun
{
    private const double Eps = 1.1102230246251565E-16;

    private readonly MesElection _e;
    private readonly Fraction _share;
    private readonly double _scale;
    private readonly double[] _scratch;
    private readonly double[] _groupBudget;
    private readonly bool[] _zero;
    private readonly int[] _purchase;
    private readonly int[] _paidSlot;
    private readonly PriceBook _book;
    private readonly double[] _q;
    private readonly double[] _qError;
    private readonly double[] _rho;
    private readonly double[] _rhoError;
    private readonly int[] _evaluatedAt;
    private readonly int[] _touchedAt;
    private readonly Fraction?[] _exactQ;
    private readonly int[] _exactAt;
    private int _round;

    private MesRun(MesElection election, Fraction share)
    {
        _e = election;
        _share = share;
        _book = new PriceBook(share);
        var shareD = ToDouble(share);
        _scale = Math.Max(shareD, election.Scale);
        var projects = election.Instance.Projects.Count;
        _scratch = new double[election.LargestProject];
        _groupBudget = new double[election.Groups.Count];
        Array.Fill(_groupBudget, shareD);
        _zero = new bool[election.Groups.Count];
        _purchase = new int[projects];
        Array.Fill(_purchase, -1);
        _paidSlot = new int[projects];
        (_q, _qError, _rho, _rhoError) = (new double[projects], new double[projects], new double[projects], new double[projects]);
        (_evaluatedAt, _touchedAt, _exactQ, _exactAt) = (new int[projects], new int[projects], new Fraction?[projects], new int[projects]);
        Array.Fill(_evaluatedAt, -1);
        Array.Fill(_exactAt, -1);
    }

    /// <summary>Runs MES at <paramref name="share"/>; returns the projects bought, in order (given ones first).</summary>
    public static List<int> Execute(MesElection election, Fraction share, Action<IReadOnlyList<Fraction>>? onRound) =>
        new MesRun(election, share).Execute(onRound);

    private List<int> Execute(Action<IReadOnlyList<Fraction>>? onRound)
    {
        var selected = new List<int>(_e.Given);
        var remaining = new List<int>(_e.Candidates);
        foreach (var p in remaining)
        {
            // The price if every supporter could pay an equal part: a lower bound, since budgets only fall.
            _rho[p] = (double)_e.Cost(p) / _e.ProjectWeight[p] / _e.UtilityOf(p);
            _rhoError[p] = 4 * Eps * _rho[p];
        }
        onRound?.Invoke(ExactBudgets());
        var scanned = new List<int>();
        var unaffordable = new HashSet<int>();
        while (remaining.Count > 0)
        {
            _round++;
            remaining.Sort((a, b) => (_rho[a] - _rhoError[a]).CompareTo(_rho[b] - _rhoError[b]));
            var best = -1;
            scanned.Clear();
            unaffordable.Clear();
            foreach (var p in remaining)
            {
                if (best >= 0 && _rho[p] - _rhoError[p] > _rho[best] + _rhoError[best])
                {
                    break;
                }
                if (!IsCurrent(p) && !Evaluate(p))
                {
                    unaffordable.Add(p);
                    continue;
                }
                scanned.Add(p);
                if (best < 0 || _rho[p] < _rho[best] || (_rho[p] == _rho[best] && ProjectTieBreak.Compare(_e.Instance, p, best) < 0))
                {
                    best = p;
                }
            }
            remaining.RemoveAll(unaffordable.Contains);
            if (best < 0)
            {
                break;
            }
            var (winner, price) = Decide(best, scanned);
            Buy(winner, price);
            selected.Add(winner);
            remaining.Remove(winner);
            onRound?.Invoke(ExactBudgets());
        }
        return selected;
    }

    /// <summary>True when p was evaluated since the last purchase that changed any of its supporters' budgets.</summary>
    private bool IsCurrent(int p) => _touchedAt[p] < _evaluatedAt[p];

    /// <summary>
    /// The exact winner among the scanned projects whose price per utility may be within error of the best
    /// double: the smallest exact rho, ties to <see cref="ProjectTieBreak"/>; with its exact price.
    /// </summary>
    private (int Project, Fraction Price) Decide(int best, List<int> scanned)
    {
        var winner = best;
        var price = ExactPrice(best);
        var rho = price / Fraction.Whole(_e.UtilityOf(best));
        foreach (var p in scanned.Where(p => p != best && _rho[p] - _rhoError[p] <= _rho[best] + _rhoError[best]))
        {
            var q = ExactPrice(p);
            var r = q / Fraction.Whole(_e.UtilityOf(p));
            if (r < rho || (r == rho && ProjectTieBreak.Compare(_e.Instance, p, winner) < 0))
            {
                (winner, price, rho) = (p, q, r);
            }
        }
        return (winner, price);
    }

    /// <summary>
    /// Evaluates p in floating point: false when it is (provably) unaffordable; otherwise sets its price q, its
    /// rho = q / utility and the error bound of rho. Falls back to the exact price when the double iteration is
    /// not conclusive.
    /// </summary>
    private bool Evaluate(int p)
    {
        var (start, end) = (_e.ProjectStart[p], _e.ProjectStart[p + 1]);
        var n = end - start;
        var budgets = _scratch.AsSpan(0, n);
        for (var s = start; s < end; s++)
        {
            budgets[s - start] = _groupBudget[_e.SlotGroup[s]];
        }
        var weights = _e.SlotWeight.AsSpan(start, n);
        var w = (double)_e.ProjectWeight[p];
        var cost = (double)_e.Cost(p);
        var eb = BudgetError();
        var total = Dot(budgets, weights);
        var totalError = (w * eb) + ((n + 2) * Eps * (total + (w * eb)) * 1.01);
        if (total + totalError < cost || (total - totalError < cost && !CanAfford(p)))
        {
            return false;
        }
        var q = cost / w;
        var poorWeight = -1.0;
        var converged = false;
        for (var i = 0; i < 64 && !converged; i++)
        {
            var (poorSum, weight) = PoorSums(budgets, weights, q);
            converged = weight == poorWeight;
            poorWeight = weight;
            if (w - weight <= 0)
            {
                break;
            }
            q = (cost - poorSum) / (w - weight);
        }
        _evaluatedAt[p] = _round;
        if (!converged)
        {
            if (FullExactPrice(p) is not { } exact)
            {
                return false;
            }
            (_exactQ[p], _exactAt[p]) = (exact, _round);
            SetPrice(p, ToDouble(exact), 4 * Eps * _scale);
            return true;
        }
        SetPrice(p, q, (2 * ((w * eb) + ((n + 4) * Eps * cost))) + eb);
        return true;
    }

    private void SetPrice(int p, double q, double error)
    {
        var u = (double)_e.UtilityOf(p);
        _q[p] = q;
        _qError[p] = error;
        _rho[p] = q / u;
        _rhoError[p] = (error / u) + (4 * Eps * _rho[p]);
    }

    /// <summary>Bound on |double budget − exact budget| after the purchases so far (see the remarks).</summary>
    private double BudgetError() => ((8 * _book.Count) + 16) * Eps * _scale;

    private static double Dot(ReadOnlySpan<double> budgets, ReadOnlySpan<double> weights)
    {
        var sum = Vector<double>.Zero;
        var i = 0;
        for (; i <= budgets.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            sum += new Vector<double>(budgets[i..]) * new Vector<double>(weights[i..]);
        }
        var total = Vector.Sum(sum);
        for (; i < budgets.Length; i++)
        {
            total += budgets[i] * weights[i];
        }
        return total;
    }

    /// <summary>Σ w·b and Σ w over the budgets strictly below <paramref name="q"/>.</summary>
    private static (double Sum, double Weight) PoorSums(ReadOnlySpan<double> budgets, ReadOnlySpan<double> weights, double q)
    {
        var (sum, weight, limit) = (Vector<double>.Zero, Vector<double>.Zero, new Vector<double>(q));
        var i = 0;
        for (; i <= budgets.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var b = new Vector<double>(budgets[i..]);
            var wv = new Vector<double>(weights[i..]);
            var poor = Vector.LessThan(b, limit);
            sum += Vector.ConditionalSelect(poor, b * wv, Vector<double>.Zero);
            weight += Vector.ConditionalSelect(poor, wv, Vector<double>.Zero);
        }
        var (s, wt) = (Vector.Sum(sum), Vector.Sum(weight));
        for (; i < budgets.Length; i++)
        {
            if (budgets[i] < q)
            {
                s += budgets[i] * weights[i];
                wt += weights[i];
            }
        }
        return (s, wt);
    }
}
