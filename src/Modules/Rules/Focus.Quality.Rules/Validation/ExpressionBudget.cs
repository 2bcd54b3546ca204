using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;

namespace Focus.Quality.Rules.Validation;

/// <summary>
/// Runs a rule expression on inputs the way a complaint would, on a thread of its own, under a budget: at most
/// <see cref="MaxTime"/> for all inputs together and <see cref="MaxBytes"/> allocated by any one. Every loop inside the
/// expression (the lambdas of Any, Select, SelectMany, …) checks the budget on each step, so an expression over it stops
/// itself; what runs without a loop is bounded by <see cref="UnboundedSize"/>, which the validator checks first.
/// </summary>
internal static class ExpressionBudget
{
    public static readonly TimeSpan MaxTime = TimeSpan.FromMilliseconds(250);

    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>How long to wait for the thread beyond the budget (parsing, compiling) before giving up on it.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private static readonly MethodInfo Step = typeof(Meter).GetMethod(nameof(Meter.Step))!;

    private static readonly string OverTimeMessage = $"kost meer dan {MaxTime.TotalMilliseconds:0} ms rekentijd";

    /// <summary>Null when the expression gives true or false for every representative input of its type within the budget.</summary>
    public static string? Check(Type inputType, string expression) => Check(inputType, expression, RepresentativeInputs.For(inputType));

    /// <summary>Null when the expression gives true or false for every one of <paramref name="inputs"/> within the budget; otherwise why not, in Dutch.</summary>
    public static string? Check(Type inputType, string expression, IReadOnlyList<object> inputs)
    {
        // Time is measured on the clock: a pause of the whole process (a garbage collection, a busy machine) can push a
        // light rule over the budget once, a heavy rule is over it every time. Allocations are counted exactly.
        var first = RunOnOwnThread(inputType, expression, inputs);
        return first.OverTime ? RunOnOwnThread(inputType, expression, inputs).Problem : first.Problem;
    }

    private static Outcome RunOnOwnThread(Type inputType, string expression, IReadOnlyList<object> inputs)
    {
        var outcome = new Outcome(null, OverTime: false);
        var thread = new Thread(() => outcome = Run(inputType, expression, inputs)) { IsBackground = true, Name = "rule budget" };
        thread.Start();
        return thread.Join(MaxTime + Grace) ? outcome : new Outcome($"de expressie {OverTimeMessage}", OverTime: true);
    }

    private static Outcome Run(Type inputType, string expression, IReadOnlyList<object> inputs)
    {
        var meter = new Meter();
        Func<object, bool> evaluate;
        try
        {
            evaluate = Metered(inputType, expression, meter);
        }
        catch (Exception error)
        {
            // An exception left on this thread would end the process.
            return new Outcome($"de expressie kan niet worden uitgevoerd ({error.Message})", OverTime: false);
        }

        foreach (var input in inputs)
        {
            try
            {
                meter.Start();
                evaluate(input);
                meter.Stop();
            }
            catch (BudgetExceededException exceeded)
            {
                return new Outcome($"de expressie {exceeded.Message} bij {RepresentativeInputs.Describe(input)}", exceeded.OverTime);
            }
            catch (Exception error)
            {
                return new Outcome($"de expressie geeft een fout ({Explain(error)}: {error.Message}) bij {RepresentativeInputs.Describe(input)}", OverTime: false);
            }
        }

        return new Outcome(null, OverTime: false);
    }

    /// <summary>The expression compiled over an untyped input, with a budget check at the start of every nested lambda.</summary>
    private static Func<object, bool> Metered(Type inputType, string expression, Meter meter)
    {
        var lambda = RuleExpressions.Parse(inputType, expression);
        var untyped = Expression.Parameter(typeof(object), "untyped");
        var input = lambda.Parameters[0];
        var body = Expression.Block([input], Expression.Assign(input, Expression.Convert(untyped, inputType)), new MeteredLoops(meter).Visit(lambda.Body));
        return Expression.Lambda<Func<object, bool>>(body, untyped).Compile();
    }

    private static string Explain(Exception error) => error switch
    {
        ArgumentOutOfRangeException or IndexOutOfRangeException => "een positie of lengte valt buiten de tekst",
        NullReferenceException or ArgumentNullException => "een veld is leeg (null)",
        DivideByZeroException => "deling door nul",
        OverflowException => "een getal wordt te groot",
        OutOfMemoryException => "de tekst wordt te lang",
        FormatException => "een tekst is geen geldig getal of geldige opmaak",
        InvalidOperationException => "een reeks is leeg of heeft meer dan één element",
        _ => error.GetType().Name,
    };

    /// <summary>Time over all inputs of one rule, allocations per input, both on the evaluating thread.</summary>
    private sealed class Meter
    {
        private readonly Stopwatch _time = new();
        private long _allocatedAtStart;

        public void Start()
        {
            _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
            _time.Start();
        }

        public void Stop()
        {
            Step();
            _time.Stop();
        }

        public void Step()
        {
            if (_time.Elapsed > MaxTime)
            {
                throw new BudgetExceededException(OverTimeMessage, OverTime: true);
            }

            if (GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > MaxBytes)
            {
                throw new BudgetExceededException($"vraagt meer dan {MaxBytes / (1024 * 1024)} MB geheugen", OverTime: false);
            }
        }
    }

    private sealed class MeteredLoops(Meter meter) : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node) =>
            Expression.Lambda<T>(Expression.Block(Expression.Call(Expression.Constant(meter), Step), Visit(node.Body)), node.Name, node.TailCall, node.Parameters);
    }

    private sealed record Outcome(string? Problem, bool OverTime);

    private sealed class BudgetExceededException(string message, bool OverTime) : Exception(message)
    {
        public bool OverTime { get; } = OverTime;
    }
}
