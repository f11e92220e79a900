package cn.luodian.api.security;

import cn.luodian.api.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users}: listing, creating and changing users is for ADMIN ({@link SecurityConfig},
 * and {@link UserAdmin} checks again); {@code /me} is for anyone signed in. The list shows at most
 * {@value #MAX_LISTED} users.
 */
@RestController
@RequestMapping("/api/v1/users")
public class UsersController {
    static final int MAX_LISTED = 1000;

    private final UserAccounts accounts;
    private final UserAdmin admin;
    private final OwnPassword own;

    public UsersController(UserAccounts accounts, UserAdmin admin, OwnPassword own) {
        this.accounts = accounts;
        this.admin = admin;
        this.own = own;
    }

    @GetMapping
    public List<UserJson> list() {
        return accounts.listAll().stream().limit(MAX_LISTED).map(UserJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public UserJson create(@RequestBody NewUser user, Actor actor) {
        return UserJson.of(accounts.create(actor, user));
    }

    /** Role, display name, scope and unit. */
    @PutMapping("/{username}")
    public UserJson update(@PathVariable String username, @RequestBody UserChange change, Actor actor) {
        return UserJson.of(admin.update(actor, username, change));
    }

    @PostMapping("/{username}/disable")
    public UserJson disable(@PathVariable String username, Actor actor) {
        return UserJson.of(admin.setEnabled(actor, username, false));
    }

    @PostMapping("/{username}/enable")
    public UserJson enable(@PathVariable String username, Actor actor) {
        return UserJson.of(admin.setEnabled(actor, username, true));
    }

    /** A temporary password the administrator sets and hands over: {@code {"password": "…"}}. */
    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void resetPassword(@PathVariable String username, @RequestBody Map<String, String> body, Actor actor) {
        admin.resetPassword(actor, username, body == null ? null : body.get("password"));
    }

    /**
     * Anyone signed in changes their own password: {@code {"currentPassword": "…", "newPassword": "…"}};
     * 204, then every session of theirs (this one too) ends and they sign in with the new password.
     */
    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changeOwnPassword(@RequestBody Map<String, String> body, Actor actor, HttpServletRequest request) {
        own.change(actor, body == null ? null : body.get("currentPassword"), body == null ? null : body.get("newPassword"),
                request.getRemoteAddr());
    }

    @GetMapping("/me")
    public UserJson me(Actor actor) {
        return accounts.find(actor.username()).map(UserJson::of)
                .orElseThrow(() -> new NotFoundException("用户 '" + actor.username() + "' 已不存在"));
    }
}
