package dev.digest.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The zsh completion script ({@code digest completion zsh}), written from the commands' option
 * rows: the commands and options with their descriptions in the menu, and each option's value by
 * its completion kind. File names come from zsh's own {@code _files}, so they complete as they do
 * without digest. It reads the completion system's {@code words}, {@code CURRENT} and {@code
 * PREFIX} and hands its matches to {@code compadd} and {@code _files}, which is how the tests
 * watch it. The script never calls digest: a TAB costs no Java start-up.
 */
final class ZshCompletion extends CompletionScript {
  private static final String TEMPLATE =
      """
      #compdef digest
      # zsh completion for digest, written by `digest completion zsh` from digest's option table.
      # Load it with: source <(digest completion zsh)   (in ~/.zshrc, for every new shell), or save
      # it as a file named _digest in a folder of $fpath.
      if [ -z "${ZSH_VERSION-}" ]; then
        echo "digest: this is the zsh completion; in bash, load it with: source <(digest completion)" >&2
        return 1 2>/dev/null || exit 1
      fi

      # The options of command $1, every spelling ('' is digest itself, before a command): sets
      # reply and _digest_menu, the menu's line for each.
      _digest_options() {
        case $1 in
      @OPTIONS@
        esac
      }

      # What the value of option $2 of command $1 completes to: sets _digest_kind (files, words,
      # word_list or none) and reply. Fails for a flag or an unknown option, whose next word is not
      # its value.
      _digest_value() {
        case "$1 $2" in
      @VALUES@
          (*) return 1 ;;
        esac
      }

      # What the arguments of command $1 complete to ('' is digest itself: the commands).
      _digest_arguments() {
        case $1 in
      @ARGUMENTS@
        esac
      }

      _digest() {
        # No emulate -L zsh: _files needs the options the completion system set for it.
        local command= _digest_kind= listed i
        local -a reply _digest_menu chosen
        # The command is the first word that is not an option (--debug may stand before it).
        for (( i = 2; i < CURRENT; i++ )); do
          if [[ ${words[i]} != -* ]]; then
            command=${words[i]}
            break
          fi
        done

        if [[ -z $command ]]; then
          if [[ $PREFIX == -* ]]; then
            _digest_kind=words
            _digest_options ''
          else
            _digest_arguments ''
          fi
        elif (( ${${(@)words[i+1,CURRENT-1]}[(Ie)--]} )); then
          # After --, every word is an argument.
          _digest_arguments $command
        elif [[ $PREFIX == --*=* ]] && _digest_value $command ${PREFIX%%=*}; then
          # --format=js: only the value is completed; --format= stays in front of it.
          IPREFIX+=${PREFIX%%=*}=
          PREFIX=${PREFIX#*=}
        elif _digest_value $command ${words[CURRENT-1]}; then
          : # the value of the option before
        elif [[ $PREFIX == -* ]]; then
          _digest_kind=words
          _digest_options $command
        else
          _digest_arguments $command
        fi

        case $_digest_kind in
          (files)
            _files
            ;;
          (words)
            if (( $#_digest_menu )); then
              # One line each, cut to the screen's width as zsh's own menus are.
              for (( i = 1; i <= $#_digest_menu; i++ )); do
                _digest_menu[i]=${_digest_menu[i][1,COLUMNS-1]}
              done
              compadd -l -d _digest_menu -- $reply
            else
              compadd -- $reply
            fi
            ;;
          (word_list)
            # The last item of a comma list, leaving out the items already in it; a comma follows
            # it, and goes away if a space is typed next.
            listed=${(M)PREFIX##*,}
            chosen=(${(s:,:)listed})
            IPREFIX+=$listed
            PREFIX=${PREFIX#$listed}
            compadd -q -S , -- ${reply:|chosen}
            ;;
          (*)
            return 1
            ;;
        esac
      }

      if [[ ${funcstack[1]-} == _digest ]]; then
        # Loaded from $fpath: this file is the body of _digest, called for this completion.
        _digest "$@"
      else
        # Sourced: compdef comes with the completion system, loaded here if .zshrc did not.
        if (( ! $+functions[compdef] )); then
          autoload -Uz compinit && compinit -i
        fi
        compdef _digest digest
      fi
      """;

  ZshCompletion() {
    super(TEMPLATE);
  }

  @Override
  String branch(String patterns, String body) {
    return "    (" + patterns + ") " + body + " ;;\n";
  }

  @Override
  String setKind(OptionDef.Completion completion, List<String> candidates) {
    return "_digest_kind=" + ShellWords.kind(completion) + "; reply=" + array(candidates);
  }

  @Override
  String optionCase(String command, List<OptionDef> options) {
    List<String> descriptions = new ArrayList<>();
    for (OptionDef o : options) {
      for (int i = 0; i < o.names().size(); i++) {
        descriptions.add(o.plainDescription());
      }
    }
    List<String> names = spellings(options);
    return branch(ShellWords.quote(command), "reply=" + array(names) + "\n      _digest_menu=" + menu(names, descriptions));
  }

  @Override
  String commandsCase(List<Command> commands) {
    List<String> descriptions = new ArrayList<>();
    for (Command c : commands) {
      descriptions.add(c.description());
    }
    List<String> names = names(commands);
    return branch("''", setKind(OptionDef.Completion.WORDS, names) + "\n      _digest_menu=" + menu(names, descriptions));
  }

  /** The menu's lines: each name padded to the longest, then its description, as zsh shows them. */
  private static String menu(List<String> names, List<String> descriptions) {
    int width = 0;
    for (String name : names) {
      width = Math.max(width, name.length());
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      StringBuilder line = new StringBuilder(names.get(i));
      while (line.length() < width) {
        line.append(' ');
      }
      lines.add(line.append("  -- ").append(descriptions.get(i)).toString());
    }
    return array(lines);
  }

  private static String array(List<String> words) {
    StringBuilder array = new StringBuilder("(");
    for (String word : words) {
      array.append(array.length() == 1 ? "" : " ").append(ShellWords.quote(word));
    }
    return array.append(')').toString();
  }
}
