package cn.luodian.api.verification;

import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/grids/tasks}: the 核查 tasks waiting, with their clocks. */
@RestController
public class VerificationController {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final VerificationTasks tasks;

    public VerificationController(VerificationTasks tasks) {
        this.tasks = tasks;
    }

    @Operation(summary = "待核查任务：网格员本人的，或辖区内各网格员的（按到期时间排序，最多 500 条）")
    @GetMapping("/api/v1/grids/tasks")
    public Map<String, Object> waiting(@RequestParam(required = false) String worker, Actor actor) {
        if (worker != null && !USERNAME.matcher(worker).matches()) {
            throw new BadRequestException("网格员用户名格式不对：应为 1–40 个字母、数字或 . _ -");
        }
        List<VerificationTask> list = tasks.waiting(actor, worker);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", list.size());
        body.put("overdue", list.stream().filter(VerificationTask::overdue).count());
        body.put("tasks", list);
        return body;
    }
}
