using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace Focus.Quality.Rules.Validation;

/// <summary>
/// Runs a rule expression on inputs the way a complaint would, on a thread of its own, under a budget per input of
/// <see cref="MaxBytes"/> allocated and <see cref="MaxStepsPerInput"/> steps, and <see cref="MaxSteps"/> steps over all
/// inputs. A step is one turn of a loop inside the expression (the lambdas of Any, Select, SelectMany, …): each turn
/// counts and checks the budget, so an expression over it stops itself. What runs without a loop is bounded by
/// <see cref="UnboundedSize"/>, which the validator checks first.
/// </summary>
/// <remarks>
/// Time is budgeted in steps, not on the clock: a clock also counts a garbage collection or a busy machine, and a light
/// rule must not be refused for those. The clock only bounds how long the caller waits for the thread.
/// </remarks>
internal static class ExpressionBudget
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const long MaxStepsPerInput = 1_000_000;

    /// <summary>Keeps the check itself short: thousands of representative inputs at a few hundred steps each at most.</summary>
    public const long MaxSteps = 10_000_000;

    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private static readonly MethodInfo Step = typeof(Meter).GetMethod(nameof(Meter.Step))!;

    /// <summary>Null when the expression gives true or false for every representative input of its type within the budget.</summary>
    public static string? Check(Type inputType, string expression) => Check(inputType, expression, RepresentativeInputs.For(inputType));

    /// <summary>Null when the expression gives true or false for every one of <paramref name="inputs"/> within the budget; otherwise why not, in Dutch.</summary>
    public static string? Check(Type inputType, string expression, IReadOnlyList<object> inputs)
    {
        string? problem = null;
        var thread = new Thread(() => problem = Run(inputType, expression, inputs)) { IsBackground = true, Name = "rule budget" };
        thread.Start();
        return thread.Join(MaxWait) ? problem : $"de controle van de expressie duurde langer dan {MaxWait.TotalSeconds:0} s";
    }

    private static string? Run(Type inputType, string expression, IReadOnlyList<object> inputs)
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
            return $"de expressie kan niet worden uitgevoerd ({error.Message})";
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
                return $"de expressie {exceeded.Message} bij {RepresentativeInputs.Describe(input)}";
            }
            catch (Exception error)
            {
                return $"de expressie geeft een fout ({Explain(error)}: {error.Message}) bij {RepresentativeInputs.Describe(input)}";
            }
        }

        return null;
    }

    /// <summary>The expression compiled over an untyped input, with a step of the budget at the start of every nested lambda.</summary>
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

    private static string Dutch(long number) => number.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = "." });

    /// <summary>Allocations and steps per input, and steps over all inputs of one rule, on the evaluating thread.</summary>
    private sealed class Meter
    {
        private long _allocatedAtStart;
        private long _stepsThisInput;
        private long _steps;

        public void Start()
        {
            _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
            _stepsThisInput = 0;
        }

        public void Stop() => CheckMemory();

        public void Step()
        {
            CheckMemory();
            if (++_stepsThisInput > MaxStepsPerInput)
            {
                throw new BudgetExceededException($"doet meer dan {Dutch(MaxStepsPerInput)} rekenstappen");
            }

            if (++_steps > MaxSteps)
            {
                throw new BudgetExceededException($"doet samen meer dan {Dutch(MaxSteps)} rekenstappen over de proefinvoer");
            }
        }

        private void CheckMemory()
        {
            if (GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > MaxBytes)
            {
                throw new BudgetExceededException($"vraagt meer dan {MaxBytes / (1024 * 1024)} MB geheugen");
            }
        }
    }

    private sealed class MeteredLoops(Meter meter) : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node) =>
            Expression.Lambda<T>(Expression.Block(Expression.Call(Expression.Constant(meter), Step), Visit(node.Body)), node.Name, node.TailCall, node.Parameters);
    }

    private sealed class BudgetExceededException(string message) : Exception(message);
}
