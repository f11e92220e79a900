package cn.luodian.api.responsibility;

import java.util.List;

/**
 * The people a 责任网格 is to have from now on: its grid workers' usernames and its leader's (网格长,
 * may be null for none). Whoever is no longer named is closed, whoever is new opens an assignment.
 */
public record AssignmentForm(List<String> workers, String leader) {
}
