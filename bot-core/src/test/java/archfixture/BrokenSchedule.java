package archfixture;

/** A schedule on a class not named *Job, breaking the rule on purpose (see ArchitectureTests). */
public class BrokenSchedule {

    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 1000)
    void tick() {
    }
}
