package org.dockci.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the simple commands of a script in one pass over the {@link ScriptTokenizer}'s tokens. It knows
 * just enough grammar to tell commands from the rest: separators and pipes, subshells and groups,
 * the keywords of {@code if}, {@code for}, {@code while}, {@code until}, {@code case}, function
 * definitions, {@code [ … ]} and {@code [[ … ]]} tests, arithmetic {@code ((…))}. Anything it does
 * not understand is read as words of a command, so strange input yields odd commands, never an
 * exception.
 */
final class ShellParser {

    /** Deeper nesting of substitutions and {@code case} is read as text, to bound the stack. */
    private static final int MAX_DEPTH = 64;

    /** Reserved words that the shell reads as such where a command could start. */
    private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "do", "done",
            "while", "until", "for", "select", "case", "esac", "function", "{", "}", "!", "[", "[[");

    /** Commands in the order they start; a slot is reserved when a command starts, so nested ones follow it. */
    private final List<SimpleCommand> slots = new ArrayList<>();
    private int depth;
    private boolean pipe;
    private boolean pipefailSet;
    private boolean pipeWithoutPipefail;
    /** The last command finished, and the first one piped into another before pipefail was on. */
    private SimpleCommand lastFinished;
    private SimpleCommand pipedWithoutPipefail;

    /** Why {@link #parseList} stopped. */
    private enum Stop { END, CLOSING_PARENTHESIS, CASE_ITEM_END, ESAC }

    /** The command being read: where it starts in the script, its words and where it goes in {@link #slots}. */
    private static final class CommandInProgress {
        final int slot;
        final int start;
        final List<Word> words = new ArrayList<>();
        boolean hasAssignments;

        CommandInProgress(int slot, int start) {
            this.slot = slot;
            this.start = start;
        }
    }

    static ShellScript parse(String text) {
        ShellParser parser = new ShellParser();
        parser.parseList(new ScriptTokenizer(text, parser), false, false);
        List<SimpleCommand> commands = new ArrayList<>(parser.slots.size());
        for (SimpleCommand command : parser.slots) {
            if (command != null) {
                commands.add(command);
            }
        }
        return new ShellScript(text, commands, parser.pipe, parser.pipeWithoutPipefail, parser.pipedWithoutPipefail);
    }

    /** Reads the commands of {@code $(…)} or {@code <(…)}, whose {@code (} was just read, up to its {@code )}. */
    void parseSubstitution(ScriptTokenizer lexer) {
        if (depth >= MAX_DEPTH) {
            lexer.skipToClosingParenthesis();
            return;
        }
        depth++;
        parseList(lexer, true, false);
        depth--;
    }

    /**
     * Reads the commands of a backtick substitution, its escapes already removed; character {@code i}
     * of {@code script} is at {@code scriptOffsets[i]} in the whole script.
     */
    void parseBackticks(String script, int[] scriptOffsets) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        depth++;
        parseList(new ScriptTokenizer(script, this, scriptOffsets), false, false);
        depth--;
    }

    /**
     * Reads commands until the end, or until an unbalanced {@code )} when {@code inParentheses}
     * or {@code inCaseItem}, or the end of a {@code case} item when {@code inCaseItem}.
     */
    private Stop parseList(ScriptTokenizer lexer, boolean inParentheses, boolean inCaseItem) {
        CommandInProgress command = null;
        int openSubshells = 0;
        while (true) {
            // a word's substitutions are parsed as it is read: its command must go before them
            int slotBeforeToken = slots.size();
            Token token = lexer.next();
            switch (token.kind()) {
                case END -> {
                    finish(command);
                    return Stop.END;
                }
                case REDIRECTION -> readRedirectionTarget(lexer, token);
                case WORD -> {
                    if (command == null && isKeyword(token)) {
                        if (inCaseItem && token.isPlainWord("esac")) {
                            return Stop.ESAC;
                        }
                        readAfterKeyword(lexer, token.word().value());
                        continue;
                    }
                    if (command == null) {
                        command = start(slotBeforeToken, token.start());
                    }
                    if (command.words.isEmpty() && SimpleCommand.isAssignment(token.word().text())) {
                        command.hasAssignments = true;
                    } else {
                        command.words.add(token.word());
                    }
                }
                case OPERATOR -> {
                    String operator = token.operator();
                    if (operator.equals("(")) {
                        if (command != null && command.words.size() == 1 && !command.hasAssignments
                                && lexer.skipClosingParenthesis()) {
                            // name() { …; } defines a function: the name is no command
                            command = null;
                        } else if (command == null && lexer.atOpeningParenthesis()) {
                            lexer.skipArithmetic();
                        } else {
                            finish(command);
                            command = null;
                            openSubshells++;
                        }
                        continue;
                    }
                    finish(command);
                    command = null;
                    switch (operator) {
                        case "|", "|&" -> notePipe();
                        case ";;", ";&", ";;&" -> {
                            if (inCaseItem) {
                                return Stop.CASE_ITEM_END;
                            }
                        }
                        case ")" -> {
                            if (openSubshells > 0) {
                                openSubshells--;
                            } else if (inParentheses || inCaseItem) {
                                return Stop.CLOSING_PARENTHESIS;
                            }
                        }
                        default -> {
                            // && || ; & and newlines only end the command
                        }
                    }
                }
            }
        }
    }

    private static boolean isKeyword(Token token) {
        return token.word().plain() && KEYWORDS.contains(token.word().value());
    }

    /** Reads what a keyword introduces, when that is not commands. */
    private void readAfterKeyword(ScriptTokenizer lexer, String keyword) {
        switch (keyword) {
            case "for", "select" -> readLoopHeader(lexer);
            case "case" -> readCase(lexer);
            case "function" -> {
                Token name = lexer.next();
                Token afterName = name.kind() == Token.Kind.WORD ? lexer.next() : name;
                if (!afterName.isOperator("(") || !lexer.skipClosingParenthesis()) {
                    lexer.pushBack(afterName);
                }
            }
            case "[" -> skipTest(lexer, "]");
            case "[[" -> skipTest(lexer, "]]");
            default -> {
                // the other keywords only mark where the next command starts
            }
        }
    }

    /** Reads {@code NAME [in WORDS…]} or {@code ((…;…;…))} after {@code for}: no command there. */
    private void readLoopHeader(ScriptTokenizer lexer) {
        Token name = lexer.next();
        if (name.isOperator("(") && lexer.atOpeningParenthesis()) {
            lexer.skipArithmetic();
            return;
        }
        if (name.kind() != Token.Kind.WORD) {
            lexer.pushBack(name);
            return;
        }
        Token next = nextSkippingNewlines(lexer);
        if (!next.isPlainWord("in")) {
            lexer.pushBack(next);
            return;
        }
        Token item = lexer.next();
        while (item.kind() == Token.Kind.WORD) {
            item = lexer.next();
        }
        lexer.pushBack(item);
    }

    /** Reads {@code WORD in [(]PATTERN[|PATTERN…]) COMMANDS ;; … esac} after {@code case}. */
    private void readCase(ScriptTokenizer lexer) {
        Token subject = lexer.next();
        if (subject.kind() != Token.Kind.WORD || depth >= MAX_DEPTH) {
            lexer.pushBack(subject);
            return;
        }
        Token in = nextSkippingNewlines(lexer);
        if (!in.isPlainWord("in")) {
            lexer.pushBack(in);
            return;
        }
        depth++;
        try {
            while (true) {
                Token token = nextSkippingNewlines(lexer);
                if (token.kind() == Token.Kind.END || token.isPlainWord("esac")) {
                    return;
                }
                // the pattern: words and | up to ), where | is no pipe
                while (!token.isOperator(")")) {
                    if (token.kind() == Token.Kind.END) {
                        return;
                    }
                    token = lexer.next();
                }
                Stop stop = parseList(lexer, false, true);
                if (stop == Stop.CLOSING_PARENTHESIS) {
                    lexer.pushBack(Token.operator(")"));
                    return;
                }
                if (stop != Stop.CASE_ITEM_END) {
                    return;
                }
            }
        } finally {
            depth--;
        }
    }

    /**
     * Skips the operands of {@code [ … ]} or {@code [[ … ]]}: tests, not commands. A test that is not
     * closed ends where a command would.
     */
    private void skipTest(ScriptTokenizer lexer, String closing) {
        boolean doubleBracket = closing.equals("]]");
        Token previous = Token.END;
        while (true) {
            Token token = lexer.next();
            if (token.kind() == Token.Kind.END || token.isPlainWord(closing)) {
                return;
            }
            if (token.kind() == Token.Kind.OPERATOR && !insideDoubleBracketTest(doubleBracket, token, previous)) {
                lexer.pushBack(token);
                return;
            }
            previous = token;
        }
    }

    /** Whether {@code token} is an operator that {@code [[ … ]]} reads as part of its expression. */
    private static boolean insideDoubleBracketTest(boolean doubleBracket, Token token, Token previous) {
        if (!doubleBracket) {
            return false;
        }
        return switch (token.operator()) {
            case "&&", "||", "(", ")" -> true;
            case "\n" -> previous.isOperator("&&") || previous.isOperator("||");
            default -> false;
        };
    }

    private void readRedirectionTarget(ScriptTokenizer lexer, Token redirection) {
        Token target = lexer.next();
        if (target.kind() != Token.Kind.WORD) {
            lexer.pushBack(target);
            return;
        }
        if (redirection.operator().equals("<<") || redirection.operator().equals("<<-")) {
            lexer.expectHeredoc(target.word(), redirection.operator().equals("<<-"));
        }
    }

    private static Token nextSkippingNewlines(ScriptTokenizer lexer) {
        Token token = lexer.next();
        while (token.isOperator("\n")) {
            token = lexer.next();
        }
        return token;
    }

    /** Starts a command at {@code slot}; the commands after it there are finished ones nested in its first word. */
    private CommandInProgress start(int slot, int start) {
        slots.add(slot, null);
        return new CommandInProgress(slot, start);
    }

    private void finish(CommandInProgress command) {
        if (command == null || command.words.isEmpty()) {
            return;
        }
        SimpleCommand finished = new SimpleCommand(command.words, command.start);
        slots.set(command.slot, finished);
        lastFinished = finished;
        if (finished.enablesPipefail()) {
            pipefailSet = true;
        }
    }

    /** A pipe, just after the command (or the group, subshell... ending with the command) it pipes from. */
    private void notePipe() {
        pipe = true;
        if (!pipefailSet && !pipeWithoutPipefail) {
            pipeWithoutPipefail = true;
            pipedWithoutPipefail = lastFinished;
        }
    }
}
