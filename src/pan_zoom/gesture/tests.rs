use super::*;
use crate::pan_zoom::tests::{close, home, zoomed};
use crate::pan_zoom::MAX_SCALE;

fn at(id: i32, x: f64, y: f64) -> Pointer {
    Pointer { id, x, y }
}

fn down(id: i32, x: f64, y: f64, kind: PointerKind) -> Input<'static> {
    Input::Down {
        pointer: at(id, x, y),
        kind,
        button: 0,
    }
}

fn up(id: i32, x: f64, y: f64, kind: PointerKind, time_ms: f64) -> Input<'static> {
    Input::Up {
        pointer: at(id, x, y),
        kind,
        time_ms,
        on_control: false,
    }
}

fn key(key: &str, on_map: bool) -> Input<'_> {
    Input::Key {
        key,
        on_map,
        modified: false,
    }
}

fn mv(id: i32, x: f64, y: f64) -> Input<'static> {
    Input::Move(at(id, x, y))
}

/// Feeds the events in order to a new gesture and returns every output.
fn fresh(frame: Frame, inputs: &[Input]) -> Vec<Output> {
    run(&mut Gesture::default(), frame, inputs)
}

/// Feeds the events in order and returns every output.
fn run(gesture: &mut Gesture, mut frame: Frame, inputs: &[Input]) -> Vec<Output> {
    let mut outputs = Vec::new();
    for input in inputs {
        let output = gesture.handle(frame, *input);
        frame = output.frame;
        outputs.push(output);
    }
    outputs
}

#[test]
fn a_drag_pans_by_the_pointer_s_travel_and_swallows_its_click() {
    let mut gesture = Gesture::default();
    let start = zoomed();
    let outputs = run(
        &mut gesture,
        start,
        &[
            down(1, 500.0, 300.0, PointerKind::Mouse),
            mv(1, 505.0, 300.0),
            mv(1, 540.0, 320.0),
            up(1, 540.0, 320.0, PointerKind::Mouse, 0.0),
        ],
    );
    // Within the threshold it is still a tap: nothing moves, nothing is captured.
    assert_eq!(outputs[1].frame, start);
    assert_eq!(outputs[1].capture, None);
    // Past it, the pointer is captured and the map follows it from where it was last.
    assert_eq!(outputs[2].capture, Some(1));
    let moved = outputs[3].frame.view;
    assert!(close(moved.x - start.view.x, 35.0) && close(moved.y - start.view.y, 20.0));
    assert!(outputs.iter().all(|o| !o.handled));
    assert!(
        gesture.take_drag(),
        "the click that ends a drag opens nothing"
    );
    assert!(!gesture.take_drag(), "only that one click");
}

#[test]
fn a_tap_is_not_a_drag() {
    let mut gesture = Gesture::default();
    let outputs = run(
        &mut gesture,
        zoomed(),
        &[
            down(1, 200.0, 200.0, PointerKind::Touch),
            mv(1, 203.0, 204.0),
            up(1, 203.0, 204.0, PointerKind::Touch, 0.0),
        ],
    );
    assert!(outputs
        .iter()
        .all(|o| o.frame == zoomed() && o.capture.is_none()));
    assert!(!gesture.take_drag());
}

#[test]
fn only_the_main_mouse_button_drags() {
    let right = Input::Down {
        pointer: at(1, 500.0, 300.0),
        kind: PointerKind::Mouse,
        button: 2,
    };
    let outputs = fresh(zoomed(), &[right, mv(1, 600.0, 300.0)]);
    assert_eq!(outputs[1].frame, zoomed());
}

#[test]
fn dragging_stops_at_the_map_s_edge() {
    let outputs = fresh(
        zoomed(),
        &[
            down(1, 100.0, 100.0, PointerKind::Touch),
            mv(1, 5000.0, 5000.0),
        ],
    );
    assert_eq!(
        (outputs[1].frame.view.x, outputs[1].frame.view.y),
        (0.0, 0.0)
    );
}

#[test]
fn two_fingers_pinch_about_their_midpoint_and_then_one_pans() {
    let mut gesture = Gesture::default();
    let fingers_down = [
        down(1, 400.0, 300.0, PointerKind::Touch),
        down(2, 600.0, 300.0, PointerKind::Touch),
    ];
    run(&mut gesture, home(), &fingers_down);
    let outputs = run(&mut gesture, home(), &[mv(2, 800.0, 300.0)]);
    // The fingers went from 200 to 400 px apart: twice the zoom, about their new midpoint.
    let pinched = outputs[0].frame;
    assert!(close(pinched.view.scale, 2.0), "{pinched:?}");
    assert!(gesture.take_drag(), "a pinch is not a tap on a hotspot");
    // One finger lifts; the other goes on panning the map without a new threshold.
    let rest = run(
        &mut gesture,
        pinched,
        &[
            up(2, 800.0, 300.0, PointerKind::Touch, 0.0),
            mv(1, 402.0, 300.0),
        ],
    );
    assert!(close(rest[1].frame.view.x - pinched.view.x, 2.0));
    assert_eq!(rest[1].capture, None);
}

#[test]
fn pinching_in_stops_at_the_maximum_zoom() {
    let outputs = fresh(
        home(),
        &[
            down(1, 490.0, 300.0, PointerKind::Touch),
            down(2, 510.0, 300.0, PointerKind::Touch),
            mv(2, 900.0, 300.0),
        ],
    );
    assert_eq!(outputs[2].frame.view.scale, MAX_SCALE);
}

#[test]
fn a_double_tap_zooms_in_where_it_lands() {
    let tap = |gesture: &mut Gesture, time_ms: f64, x: f64| {
        run(
            gesture,
            home(),
            &[
                down(1, x, 300.0, PointerKind::Touch),
                up(1, x, 300.0, PointerKind::Touch, time_ms),
            ],
        )[1]
        .frame
    };
    let mut gesture = Gesture::default();
    assert_eq!(tap(&mut gesture, 1000.0, 300.0), home());
    let zoomed = tap(&mut gesture, 1200.0, 310.0);
    assert_eq!(zoomed, home().zoomed_at(ZOOM_STEP, 310.0, 300.0));
    // Too slow, or too far apart: two single taps.
    let mut gesture = Gesture::default();
    tap(&mut gesture, 0.0, 300.0);
    assert_eq!(tap(&mut gesture, 400.0, 300.0), home());
    let mut gesture = Gesture::default();
    tap(&mut gesture, 0.0, 300.0);
    assert_eq!(tap(&mut gesture, 100.0, 360.0), home());
}

#[test]
fn a_double_tap_on_a_button_or_with_a_mouse_does_not_zoom() {
    let mut gesture = Gesture::default();
    let mouse = [
        down(1, 300.0, 300.0, PointerKind::Mouse),
        up(1, 300.0, 300.0, PointerKind::Mouse, 0.0),
        down(1, 300.0, 300.0, PointerKind::Mouse),
        up(1, 300.0, 300.0, PointerKind::Mouse, 100.0),
    ];
    assert_eq!(run(&mut gesture, home(), &mouse)[3].frame, home());
    let on_button = Input::Up {
        pointer: at(1, 300.0, 300.0),
        kind: PointerKind::Touch,
        time_ms: 100.0,
        on_control: true,
    };
    let mut gesture = Gesture::default();
    let taps = [
        down(1, 300.0, 300.0, PointerKind::Touch),
        up(1, 300.0, 300.0, PointerKind::Touch, 0.0),
        down(1, 300.0, 300.0, PointerKind::Touch),
        on_button,
    ];
    assert_eq!(run(&mut gesture, home(), &taps)[3].frame, home());
}

#[test]
fn a_double_click_zooms_in_and_with_shift_out() {
    let mut gesture = Gesture::default();
    let click = |zoom_out| Input::DoubleClick {
        x: 300.0,
        y: 200.0,
        zoom_out,
        on_control: false,
    };
    let zoomed_in = gesture.handle(home(), click(false)).frame;
    assert_eq!(zoomed_in, home().zoomed_at(ZOOM_STEP, 300.0, 200.0));
    let back = gesture.handle(zoomed_in, click(true)).frame;
    assert!(close(back.view.scale, 1.0));
}

#[test]
fn the_wheel_zooms_about_the_pointer_and_is_always_handled() {
    let mut gesture = Gesture::default();
    let wheel = |delta_y, unit, pinch| Input::Wheel {
        x: 300.0,
        y: 200.0,
        delta_y,
        unit,
        pinch,
    };
    let output = gesture.handle(home(), wheel(-100.0, WheelUnit::Pixel, false));
    assert!(output.handled);
    let frame = output.frame;
    assert!(close(frame.view.scale, 0.25_f64.exp()), "{frame:?}");
    let (px, py) = (300.0, 200.0);
    let under = |f: Frame| {
        (
            (px - f.view.x) / f.view.scale,
            (py - f.view.y) / f.view.scale,
        )
    };
    let (before, after) = (under(home()), under(frame));
    assert!(close(before.0, after.0) && close(before.1, after.1));
    // A line is worth 16 pixels; a trackpad pinch (Ctrl) zooms four times as fast.
    let lines = gesture.handle(home(), wheel(-2.0, WheelUnit::Line, false));
    assert!(close(lines.frame.view.scale, 0.08_f64.exp()));
    let pinch = gesture.handle(home(), wheel(-10.0, WheelUnit::Pixel, true));
    assert!(close(pinch.frame.view.scale, 0.1_f64.exp()));
    // Scrolling out past the whole map is still the wheel's: the page does not scroll.
    let out = gesture.handle(home(), wheel(500.0, WheelUnit::Page, false));
    assert!(out.handled && out.frame == home());
}

#[test]
fn keys_zoom_go_home_and_pan_only_when_the_map_has_focus() {
    let mut gesture = Gesture::default();
    let plus = gesture.handle(home(), key("+", false));
    assert!(plus.handled && plus.frame == home().zoomed(ZOOM_STEP));
    assert_eq!(
        gesture.handle(plus.frame, key("-", false)).frame.view.scale,
        1.0
    );
    assert_eq!(gesture.handle(zoomed(), key("0", false)).frame, home());
    let left = gesture.handle(zoomed(), key("ArrowLeft", true));
    assert!(left.handled && close(left.frame.view.x - zoomed().view.x, PAN_STEP_PX));
    let down = gesture.handle(zoomed(), key("ArrowDown", true));
    assert!(close(down.frame.view.y - zoomed().view.y, -PAN_STEP_PX));
    // On a hotspot, arrows move between hotspots instead; other keys are not the map's.
    assert!(!gesture.handle(zoomed(), key("ArrowLeft", false)).handled);
    assert!(!gesture.handle(zoomed(), key("a", true)).handled);
    let ctrl_plus = Input::Key {
        key: "+",
        on_map: true,
        modified: true,
    };
    let output = gesture.handle(home(), ctrl_plus);
    assert!(!output.handled && output.frame == home());
}

#[test]
fn pinch_scale_is_the_ratio_of_finger_distances() {
    let (factor, mid) = pinch([(0.0, 0.0), (100.0, 0.0)], [(0.0, 0.0), (200.0, 0.0)]).unwrap();
    assert!(close(factor, 2.0));
    assert_eq!(mid, (100.0, 0.0));
    assert!(pinch([(5.0, 5.0), (5.0, 5.0)], [(0.0, 0.0), (1.0, 1.0)]).is_none());
}
