package cn.luodian.api.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The browser's sign-in and sign-out pages (Spring Security handles the POSTs to {@code /login}
 * and {@code /logout}). Each form carries the CSRF token.
 */
@Controller
public class LoginPageController {
    private static final String PAGE = """
            <!doctype html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>%s · 落点</title>
              <link rel="icon" href="data:,">
              <style>
                body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
                form { max-width: 20rem; margin: 12vh auto; padding: 1.5rem 2rem; background: #fff;
                       border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
                h1 { font-size: 1.3rem; margin-top: 0; }
                label { display: block; margin: .8rem 0 .3rem; }
                input[type=text], input[type=password] { width: 100%%; box-sizing: border-box; padding: .45rem; }
                button { margin-top: 1.2rem; width: 100%%; padding: .55rem; }
                .message { padding: .5rem; border-radius: 4px; background: #eef3ff; }
                .message.error { background: #fdecea; color: #a11; }
              </style>
            </head>
            <body>
            %s
            </body>
            </html>
            """;

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                        @RequestParam(required = false) String locked,
                        @RequestParam(name = "password-changed", required = false) String passwordChanged,
                        CsrfToken csrf) {
        String message = locked != null ? "<p class=\"message error\" data-testid=\"login-locked\">密码错误次数过多，账号已暂时锁定，请"
                + lockedMinutes(locked) + "再试；如忘记密码，请联系系统管理员重置。</p>"
                : error != null ? "<p class=\"message error\">用户名或密码错误，或账号已停用。</p>"
                : passwordChanged != null ? "<p class=\"message\">密码已修改，请用新密码登录。</p>"
                : logout != null ? "<p class=\"message\">已退出登录。</p>" : "";
        return PAGE.formatted("登录", """
                <form method="post" action="login">
                  <h1>落点 · 登录</h1>
                  %s
                  <label for="username">用户名</label>
                  <input type="text" id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">密码</label>
                  <input type="password" id="password" name="password" autocomplete="current-password" required>
                  %s
                  <button type="submit">登录</button>
                </form>""".formatted(message, hidden(csrf)));
    }

    @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String logout(CsrfToken csrf) {
        return PAGE.formatted("退出登录", """
                <form method="post" action="logout">
                  <h1>落点 · 退出登录</h1>
                  <p>确定要退出登录吗？</p>
                  %s
                  <button type="submit">退出登录</button>
                </form>""".formatted(hidden(csrf)));
    }

    /** " 15 分钟后" from the redirect's number (1 to 1440; anything else: "稍后"), never echoing the query. */
    private static String lockedMinutes(String minutes) {
        if (minutes.matches("\\d{1,4}")) {
            int m = Integer.parseInt(minutes);
            if (m >= 1 && m <= 1440) {
                return " " + m + " 分钟后";
            }
        }
        return "稍后";
    }

    private static String hidden(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName()) + "\" value=\""
                + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
    }
}
