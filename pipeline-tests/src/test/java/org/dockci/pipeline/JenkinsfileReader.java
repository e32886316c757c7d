package org.dockci.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.EmptyStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.IfStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;

/**
 * Reads a declarative Jenkinsfile with Groovy's parser (a {@link CompilationUnit} taken to the conversion
 * phase: the syntax tree, before any class is resolved) and turns its calls into {@link Step}s. A statement
 * that is not a call, and a section this reader does not know, are refused with their line: what it cannot
 * read would otherwise be silently left out of the checks and of the end-to-end run. The functions defined beside
 * the pipeline block are kept whole, as source text for Groovy to run ({@link JenkinsScript}), with their calls
 * listed for the scans of the whole file.
 */
final class JenkinsfileReader {

    private static final Set<String> PIPELINE_SECTIONS = Set.of("agent", "options", "parameters", "triggers", "stages",
            "post");
    private static final Set<String> STAGE_SECTIONS = Set.of("when", "steps");

    /** The file's lines, for the source text of an {@code if}'s condition. */
    private final List<String> lines;

    private JenkinsfileReader(String text) {
        this.lines = text.lines().toList();
    }

    static Jenkinsfile read(String text) {
        return new JenkinsfileReader(text).read(syntaxTree(text));
    }

    private Jenkinsfile read(ModuleNode module) {
        List<Step> top = steps(module.getStatementBlock(), false);
        if (top.size() != 1 || !top.get(0).name().equals("pipeline")) {
            throw new JenkinsfileException(top.isEmpty() ? 0 : top.get(0).line(),
                    "a declarative Jenkinsfile is one 'pipeline { … }' block, found " + top.stream().map(Step::name).toList());
        }
        Step pipeline = top.get(0);
        for (Step section : pipeline.body()) {
            if (!PIPELINE_SECTIONS.contains(section.name())) {
                throw new JenkinsfileException(section.line(), "pipeline section '" + section.name()
                        + "' is not read by this reader (it reads " + PIPELINE_SECTIONS + ")");
            }
        }
        Optional<String> agentLabel = pipeline.bodyStep("agent").flatMap(agent -> agent.bodyStep("label"))
                .map(JenkinsfileReader::firstString);
        List<Step> options = pipeline.bodyStep("options").map(Step::body).orElse(List.of());
        List<Step> parameters = pipeline.bodyStep("parameters").map(Step::body).orElse(List.of());
        List<Step> triggers = pipeline.bodyStep("triggers").map(Step::body).orElse(List.of());
        List<Stage> stages = new ArrayList<>();
        for (Step stage : pipeline.bodyStep("stages").map(Step::body).orElse(List.of())) {
            stages.add(stage(stage));
        }
        Map<String, List<Step>> post = new LinkedHashMap<>();
        for (Step condition : pipeline.bodyStep("post").map(Step::body).orElse(List.of())) {
            if (post.put(condition.name(), condition.body()) != null) {
                throw new JenkinsfileException(condition.line(), "post condition '" + condition.name() + "' is given twice");
            }
        }
        Map<String, Function> functions = new LinkedHashMap<>();
        for (MethodNode method : module.getMethods()) {
            functions.put(method.getName(), new Function(method.getName(), source(method), calls(method),
                    method.getLineNumber()));
        }
        return new Jenkinsfile(agentLabel, options, parameters, triggers, stages, post, functions, strings(module));
    }

    /** Every call in {@code method}'s body, at any depth, each without the calls of the closures it is given. */
    private List<Step> calls(MethodNode method) {
        List<Step> calls = new ArrayList<>();
        method.getCode().visit(new CodeVisitorSupport() {
            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                if (call.isImplicitThis()) {
                    calls.add(flatStep(call));
                }
                super.visitMethodCallExpression(call);
            }
        });
        return calls;
    }

    private Step flatStep(MethodCallExpression call) {
        List<Value> arguments = new ArrayList<>();
        Map<String, Value> named = new LinkedHashMap<>();
        Expression given = call.getArguments();
        for (Expression argument : given instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(given)) {
            if (argument instanceof MapExpression map) {
                map.getMapEntryExpressions().forEach(entry -> named.put(entry.getKeyExpression().getText(),
                        flatValue(entry.getValueExpression())));
            } else if (!(argument instanceof ClosureExpression)) {
                arguments.add(flatValue(argument));
            }
        }
        return new Step(call.getMethodAsString(), arguments, named, List.of(), call.getLineNumber());
    }

    private Value flatValue(Expression expression) {
        if (expression instanceof MethodCallExpression call && call.isImplicitThis()) {
            return flatStep(call);
        }
        return expression instanceof ClosureExpression ? new Value.Expression("{ … }") : value(expression);
    }

    private static ModuleNode syntaxTree(String text) {
        CompilationUnit unit = new CompilationUnit();
        SourceUnit source = unit.addSource("Jenkinsfile", text);
        try {
            unit.compile(Phases.CONVERSION);
        } catch (MultipleCompilationErrorsException e) {
            Message first = e.getErrorCollector().getErrors().get(0);
            if (first instanceof SyntaxErrorMessage syntax) {
                throw new JenkinsfileException(syntax.getCause().getLine(),
                        "not Groovy: " + syntax.getCause().getOriginalMessage());
            }
            throw new JenkinsfileException(0, "not Groovy: " + e.getMessage());
        }
        return source.getAST();
    }

    private Stage stage(Step stage) {
        if (!stage.name().equals("stage") || stage.arguments().size() != 1 || !stage.arguments().get(0).isStringLiteral()) {
            throw new JenkinsfileException(stage.line(), "expected stage('name') { … } in stages, found '" + stage.name() + "'");
        }
        String name = stage.arguments().get(0).asString();
        for (Step section : stage.body()) {
            if (!STAGE_SECTIONS.contains(section.name())) {
                throw new JenkinsfileException(section.line(), "stage '" + name + "': section '" + section.name()
                        + "' is not read by this reader (it reads " + STAGE_SECTIONS + ")");
            }
        }
        List<Step> when = stage.bodyStep("when").map(Step::body).orElse(List.of());
        Step steps = stage.bodyStep("steps")
                .orElseThrow(() -> new JenkinsfileException(stage.line(), "stage '" + name + "' has no steps"));
        return new Stage(name, when, steps.body(), stage.line());
    }

    private static String firstString(Step step) {
        if (step.arguments().isEmpty() || !step.arguments().get(0).isStringLiteral()) {
            throw new JenkinsfileException(step.line(), "'" + step.name() + "' needs a string literal");
        }
        return step.arguments().get(0).asString();
    }

    /**
     * The calls of a block or of a single statement; anything else (an assignment, a loop) is refused. In the body
     * of a {@code script} step an {@code if} without {@code else} is read too, as a step {@code if} whose one
     * argument is its condition's source text and whose body is its block.
     */
    private List<Step> steps(Statement statement, boolean inScript) {
        List<Statement> statements = statement instanceof BlockStatement block ? block.getStatements() : List.of(statement);
        List<Step> steps = new ArrayList<>();
        for (Statement each : statements) {
            if (each instanceof ExpressionStatement expression
                    && expression.getExpression() instanceof MethodCallExpression call && call.isImplicitThis()) {
                steps.add(step(call));
            } else if (inScript && each instanceof IfStatement condition) {
                if (!(condition.getElseBlock() instanceof EmptyStatement)) {
                    throw new JenkinsfileException(each.getLineNumber(), "an if with an else is not read by this reader");
                }
                steps.add(new Step("if", List.of(new Value.Expression(source(condition.getBooleanExpression()))), Map.of(),
                        steps(condition.getIfBlock(), true), each.getLineNumber()));
            } else {
                throw new JenkinsfileException(each.getLineNumber(), "not a step call: " + each.getText());
            }
        }
        return steps;
    }

    private Step step(MethodCallExpression call) {
        List<Value> arguments = new ArrayList<>();
        Map<String, Value> named = new LinkedHashMap<>();
        List<Step> body = List.of();
        Expression given = call.getArguments();
        List<Expression> expressions = given instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(given);
        for (Expression argument : expressions) {
            if (argument instanceof MapExpression map) {
                for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                    named.put(entry.getKeyExpression().getText(), value(entry.getValueExpression()));
                }
            } else if (argument instanceof ClosureExpression closure) {
                body = steps(closure.getCode(), call.getMethodAsString().equals("script"));
            } else {
                arguments.add(value(argument));
            }
        }
        return new Step(call.getMethodAsString(), arguments, named, body, call.getLineNumber());
    }

    private Value value(Expression expression) {
        if (expression instanceof ConstantExpression constant) {
            return new Value.Literal(constant.getValue());
        }
        if (expression instanceof MethodCallExpression call && call.isImplicitThis()) {
            return step(call);
        }
        if (expression instanceof ListExpression list) {
            return new Value.ListOf(list.getExpressions().stream().map(this::value).toList());
        }
        return new Value.Expression(expression.getText());
    }

    /** The text {@code expression} was written as, from its first to its last character. */
    private String source(ASTNode expression) {
        StringBuilder text = new StringBuilder();
        for (int line = expression.getLineNumber(); line <= expression.getLastLineNumber(); line++) {
            String whole = lines.get(line - 1);
            int from = line == expression.getLineNumber() ? expression.getColumnNumber() - 1 : 0;
            int to = line == expression.getLastLineNumber() ? expression.getLastColumnNumber() - 1 : whole.length();
            text.append(line > expression.getLineNumber() ? "\n" : "").append(whole, from, to);
        }
        return text.toString();
    }

    /** Every string constant of the file, its functions' included, GStrings' constant parts included; method names left out. */
    private static List<StringConstant> strings(ModuleNode module) {
        List<StringConstant> strings = new ArrayList<>();
        CodeVisitorSupport visitor = new CodeVisitorSupport() {
            @Override
            public void visitConstantExpression(ConstantExpression expression) {
                if (expression.getValue() instanceof String text) {
                    strings.add(new StringConstant(text, expression.getLineNumber()));
                }
            }

            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                call.getObjectExpression().visit(this);
                call.getArguments().visit(this);
            }
        };
        module.getStatementBlock().visit(visitor);
        module.getMethods().forEach(method -> method.getCode().visit(visitor));
        return strings;
    }
}
