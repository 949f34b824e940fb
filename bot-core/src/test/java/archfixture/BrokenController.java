package archfixture;

/** An HTTP endpoint outside a channel's runtime, breaking the rule on purpose (see ArchitectureTests). */
@org.springframework.web.bind.annotation.RestController
public class BrokenController {
}
