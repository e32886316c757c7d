package org.dockci.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.codehaus.groovy.ast.CodeVisitorSupport;
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
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
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
 * read would otherwise be silently left out of the checks and of the end-to-end run.
 */
final class JenkinsfileReader {

    private static final Set<String> PIPELINE_SECTIONS = Set.of("agent", "options", "parameters", "triggers", "stages",
            "post");
    private static final Set<String> STAGE_SECTIONS = Set.of("when", "steps");

    private JenkinsfileReader() {
    }

    static Jenkinsfile read(String text) {
        ModuleNode module = syntaxTree(text);
        List<Step> top = steps(module.getStatementBlock());
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
        return new Jenkinsfile(agentLabel, options, parameters, triggers, stages, post, strings(module));
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

    private static Stage stage(Step stage) {
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

    /** The calls of a block or of a single statement; anything else (an assignment, an if) is refused. */
    private static List<Step> steps(Statement statement) {
        List<Statement> statements = statement instanceof BlockStatement block ? block.getStatements() : List.of(statement);
        List<Step> steps = new ArrayList<>();
        for (Statement each : statements) {
            if (each instanceof ExpressionStatement expression
                    && expression.getExpression() instanceof MethodCallExpression call && call.isImplicitThis()) {
                steps.add(step(call));
            } else {
                throw new JenkinsfileException(each.getLineNumber(), "not a step call: " + each.getText());
            }
        }
        return steps;
    }

    private static Step step(MethodCallExpression call) {
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
                body = steps(closure.getCode());
            } else {
                arguments.add(value(argument));
            }
        }
        return new Step(call.getMethodAsString(), arguments, named, body, call.getLineNumber());
    }

    private static Value value(Expression expression) {
        if (expression instanceof ConstantExpression constant) {
            return new Value.Literal(constant.getValue());
        }
        if (expression instanceof MethodCallExpression call && call.isImplicitThis()) {
            return step(call);
        }
        if (expression instanceof ListExpression list) {
            return new Value.ListOf(list.getExpressions().stream().map(JenkinsfileReader::value).toList());
        }
        return new Value.Expression(expression.getText());
    }

    /** Every string constant of the file, GStrings' constant parts included; method names left out. */
    private static List<StringConstant> strings(ModuleNode module) {
        List<StringConstant> strings = new ArrayList<>();
        module.getStatementBlock().visit(new CodeVisitorSupport() {
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
        });
        return strings;
    }
}
